import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs `use` while no other test file uses the real clipboard (test/support/clipboard-commands.mjs):
 * the two files that run at once share the browser's one clipboard. Hold it from the copy to the
 * paste that checks it.
 */
export async function withClipboard<T>(use: () => Promise<T>): Promise<T> {
  await executeServerCommand('clipboard-lock');
  try {
    return await use();
  } finally {
    await executeServerCommand('clipboard-unlock');
  }
}
