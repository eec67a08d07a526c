/** Registers every mfa-elements tag. */
import '../components/provider/mfa-provider.js';
import '../components/otp-input/mfa-otp-input.js';
import '../components/totp-enroll/mfa-totp-enroll.js';
import '../components/recovery-codes/mfa-recovery-codes.js';

export * from './index.js';
