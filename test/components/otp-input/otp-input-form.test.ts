import { sendKeys } from '@web/test-runner-commands';
import '../../../components/otp-input/mfa-otp-input.js';
import type { MfaOtpInput } from '../../../components/otp-input/otp-input.js';
import { formControlSuite } from '../../support/form-control-suite.js';

describe('<mfa-otp-input> form association', () => {
  formControlSuite<MfaOtpInput>({
    neverRestored: true,
    tag: 'mfa-otp-input',
    validValue: '123456',
    otherValue: '654321',
    invalidValues: [
      { value: '123', flag: 'tooShort' },
      { value: '12a456', flag: 'patternMismatch' },
      { value: '1234567', flag: 'tooLong' },
    ],
    // As a user: focus, select everything, type the new code.
    edit: async (control, value) => {
      control.focus();
      await sendKeys({ press: 'ControlOrMeta+a' });
      await sendKeys(value ? { type: value } : { press: 'Backspace' });
      await control.updateComplete;
    },
  });
});
