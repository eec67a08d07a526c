/** English strings of the "Confirm it's you first" step (src/internal/step-up.ts). */
export const stepUpMessages = {
  stepUpConfirm: "Confirm it's you",
};
