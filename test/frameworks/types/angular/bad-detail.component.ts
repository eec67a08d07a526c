// A wrong detail use: must fail, naming `devise`. Angular types `$event` of a custom element's
// event from the global event map the kit declares (loaded by importing the tags).
import 'mfa-elements/all.js';
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';

@Component({
  selector: 'app-bad-detail',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: '<mfa-totp-enroll (mfa-enrolled)="last = $event.detail.devise.id"></mfa-totp-enroll>',
})
export class BadDetailComponent {
  last = '';
}
