/**
 * Registers every mfa-elements tag. It exports nothing: import classes, types, events and the
 * context from the package root, so that this file stays the small up-front cost of the kit.
 */
import '../components/provider/mfa-provider.js';
import '../components/otp-input/mfa-otp-input.js';
import '../components/totp-enroll/mfa-totp-enroll.js';
import '../components/recovery-codes/mfa-recovery-codes.js';
import '../components/passkey-prompt/mfa-passkey-prompt.js';
import '../components/action-guard/mfa-action-guard.js';
import '../components/flow/mfa-flow.js';
import '../components/devices/mfa-devices.js';
