// Chromium's accessibility tree for browser tests (through the DevTools protocol, so it sees into
// shadow roots), exposed as a test-runner command:
//   await executeServerCommand('ax-names', { role: 'textbox' })  -> ['Verification code', …]
// The names are what a screen reader announces, computed by the browser itself.

export function accessibilityCommands() {
  return {
    name: 'accessibility-commands',
    async executeCommand({ command, payload = {}, session }) {
      if (command !== 'ax-names') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored && node.role?.value === payload.role)
          .map((node) => String(node.name?.value ?? ''));
      } finally {
        await cdp.detach();
      }
    },
  };
}
