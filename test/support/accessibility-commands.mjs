// Chromium's accessibility tree for browser tests (through the DevTools protocol, so it sees into
// shadow roots), exposed as a test-runner command:
//   await executeServerCommand('ax-names', { role: 'textbox' })  -> ['Verification code', …]
//   await executeServerCommand('ax-nodes', { role: 'textbox' })
//     -> [{ name: 'Verification code', description: '', invalid: 'false' }, …]
// The names are what a screen reader announces, computed by the browser itself.

export function accessibilityCommands() {
  return {
    name: 'accessibility-commands',
    async executeCommand({ command, payload = {}, session }) {
      if (command !== 'ax-names' && command !== 'ax-nodes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const found = nodes.filter((node) => !node.ignored && node.role?.value === payload.role);
        if (command === 'ax-names') return found.map((node) => String(node.name?.value ?? ''));
        const property = (node, name) =>
          String(node.properties?.find((entry) => entry.name === name)?.value?.value ?? '');
        return found.map((node) => ({
          name: String(node.name?.value ?? ''),
          description: String(node.description?.value ?? ''),
          invalid: property(node, 'invalid'),
          required: property(node, 'required'),
        }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
