/**
 * English strings of the copy buttons (a setup key, recovery codes). They travel with the lazily
 * loaded views that copy, not with the initial bundle.
 */
export const copyMessages = {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it yourself.",
};
