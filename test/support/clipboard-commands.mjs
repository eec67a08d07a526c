// The system clipboard is one per browser, so the two test files that run at once share it: a
// copy in one can land between a copy and a paste in the other. Tests that copy and paste for
// real hold this lock around it (test/support/clipboard.ts, `withClipboard`):
//   await executeServerCommand('clipboard-lock')     resolves once no other page holds it
//   await executeServerCommand('clipboard-unlock')
// A holder that never unlocks (a crashed page) loses the lock after `holdLimitMs`.
export function clipboardCommands({ holdLimitMs = 15_000 } = {}) {
  /** @type {{ session: string, timer: ReturnType<typeof setTimeout> } | undefined} */
  let holder;
  /** @type {Array<{ session: string, granted: () => void }>} */
  const waiting = [];

  function grant(entry) {
    holder = { session: entry.session, timer: setTimeout(release, holdLimitMs) };
    entry.granted();
  }
  function release() {
    clearTimeout(holder?.timer);
    holder = undefined;
    const next = waiting.shift();
    if (next) grant(next);
  }

  return {
    name: 'clipboard-commands',
    executeCommand({ command, session }) {
      if (command === 'clipboard-lock') {
        return new Promise((resolve) => {
          const entry = { session: session.id, granted: () => resolve(true) };
          if (holder) waiting.push(entry);
          else grant(entry);
        });
      }
      if (command === 'clipboard-unlock') {
        if (holder?.session === session.id) release();
        return true;
      }
      return undefined;
    },
  };
}
