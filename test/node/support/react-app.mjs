// The React app of test/node/react-hydrate.test.mjs, rendered on the server and hydrated in the
// browser. Plain createElement (passed in), so Node and the browser bundle share this file.
export function App({ createElement: h }) {
  return h(
    'form',
    { id: 'form' },
    h('label', { htmlFor: 'otp' }, 'Code from your app'),
    h('mfa-otp-input', { id: 'otp', name: 'code', 'auto-submit': true }),
    h('button', { type: 'submit' }, 'Verify'),
  );
}
