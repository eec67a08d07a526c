import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { MfaError } from 'mfa-elements';
import { createMemoryClient } from 'mfa-elements/testing';

@Component({
  selector: 'app-root',
  // The mfa-* tags are custom elements: Angular sets their properties and listens to their
  // events; `$event` is typed from the global event map (strictTemplates).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.component.html',
})
export class AppComponent {
  // The in-page memory client (never in production: it keeps the secrets in the page).
  readonly client = createMemoryClient({ actions: { 'wallet.export': true } });
  readonly enrolled = signal('');
  readonly codesSaved = signal(false);
  readonly signIn = signal('');
  readonly guard = signal('');
  readonly exported = signal(false);

  async verify(event: SubmitEvent, form: HTMLFormElement) {
    event.preventDefault();
    const code = new FormData(form).get('code');
    try {
      const proof = await this.client.verifyTotp({ code: String(code ?? '') });
      this.signIn.set(`Verified with ${proof.method}`);
    } catch (error) {
      this.signIn.set(error instanceof MfaError ? `Refused: ${error.code}` : 'Refused');
    }
  }
}
