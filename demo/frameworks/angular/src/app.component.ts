import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { client, verifySignIn } from '../../common/walk';

@Component({
  selector: 'app-root',
  // The mfa-* tags are custom elements: Angular sets their properties and listens to their
  // events; `$event` is typed from the global event map (strictTemplates).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.component.html',
})
export class AppComponent {
  readonly client = client;
  readonly enrolled = signal('');
  readonly codesSaved = signal(false);
  readonly signIn = signal('');
  readonly guard = signal('');
  readonly exported = signal(false);

  async verify(event: SubmitEvent, form: HTMLFormElement) {
    event.preventDefault();
    this.signIn.set(await verifySignIn(form));
  }
}
