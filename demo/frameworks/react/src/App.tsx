import { useState, type FormEvent } from 'react';
import { client, verifySignIn } from '../../common/walk';

export function App() {
  const [enrolled, setEnrolled] = useState('');
  const [codesSaved, setCodesSaved] = useState(false);
  const [signIn, setSignIn] = useState('');
  const [guard, setGuard] = useState('');
  const [exported, setExported] = useState(false);

  async function verify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSignIn(await verifySignIn(event.currentTarget));
  }

  return (
    <mfa-provider client={client}>
      <main>
        <h1>mfa-elements in React 19</h1>
        <section>
          <h2>1. Authenticator app</h2>
          <mfa-totp-enroll
            onmfa-enrolled={(e) =>
              setEnrolled(`Enrolled ${e.detail.device.type} device ${e.detail.device.id}`)
            }
          />
          <p id="enrolled">{enrolled}</p>
        </section>
        {enrolled && (
          <section>
            <h2>2. Recovery codes</h2>
            <mfa-recovery-codes onmfa-recovery-codes-acknowledged={() => setCodesSaved(true)} />
            <p id="codes-status">{codesSaved ? 'Recovery codes saved' : ''}</p>
          </section>
        )}
        <section>
          <h2>3. Sign in with a code</h2>
          <form id="sign-in" onSubmit={verify}>
            <mfa-otp-input name="code" label="Code from your app" />
            <button type="submit">Verify</button>
          </form>
          <p id="sign-in-status">{signIn}</p>
        </section>
        <section>
          <h2>4. A guarded action</h2>
          <mfa-action-guard
            action="wallet.export"
            onmfa-action-authorized={(e) => setGuard(`Authorized with ${e.detail.method}`)}
          >
            <button id="export" type="button" onClick={() => setExported(true)}>
              Export wallet
            </button>
          </mfa-action-guard>
          <p id="guard-status">{guard}</p>
          <p id="export-status">{exported ? 'Exported' : ''}</p>
        </section>
      </main>
    </mfa-provider>
  );
}
