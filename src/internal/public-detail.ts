import type { MfaDevice, MfaProof } from '../client/types.js';

// Event details are built from the contract's known fields only: whatever else a client returns
// (a raw server answer, a credential, a code echoed back) never travels on in a bubbling event.

/** The proof, with its token copied field by field. Never the code. */
export function publicProof(proof: MfaProof): MfaProof {
  const detail: MfaProof = { method: proof.method };
  if (proof.deviceId !== undefined) detail.deviceId = proof.deviceId;
  const token = proof.token;
  if (token !== undefined) {
    detail.token = {
      value: token.value,
      singleUse: token.singleUse,
      scopes: [...token.scopes],
      expiresAt: token.expiresAt,
    };
    if (token.action !== undefined) detail.token.action = token.action;
  }
  if (proof.recoveryCodesRemaining !== undefined)
    detail.recoveryCodesRemaining = proof.recoveryCodesRemaining;
  return detail;
}

/** The device, without anything a client added (a secret, a credential). */
export function publicDevice(device: MfaDevice): MfaDevice {
  const detail: MfaDevice = {
    id: device.id,
    type: device.type,
    verified: device.verified,
    createdAt: device.createdAt,
  };
  if (device.alias !== undefined) detail.alias = device.alias;
  if (device.lastUsedAt !== undefined) detail.lastUsedAt = device.lastUsedAt;
  return detail;
}
