/** The sealed TOTP secret is bound to its device row (the AES-GCM additional data). */
export const totpSecretContext = (deviceId: string): string => `totp:${deviceId}`;
