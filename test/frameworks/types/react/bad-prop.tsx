// A misspelt property: must fail, naming `lenght`.
export const field = <mfa-otp-input lenght={6} />;
