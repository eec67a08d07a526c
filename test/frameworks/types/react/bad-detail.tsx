// A wrong detail use: must fail, naming `devise`.
export const enroll = <mfa-totp-enroll onmfa-enrolled={(e) => console.log(e.detail.devise.id)} />;
