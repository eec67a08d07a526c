/**
 * The server's libraries are optional peer dependencies of mfa-elements, so an app that only
 * uses the elements installs none of them. Each is loaded through `importPeer`, which turns
 * "cannot find package" into an error that says which `npm install` line fixes it.
 */

/** Each peer and the version line to install (package.json's `peerDependencies`, checked by a test). */
export const SERVER_PEERS = {
  '@simplewebauthn/server': '14',
  '@electric-sql/pglite': '0.5',
  pg: '8',
} as const;

export type ServerPeer = keyof typeof SERVER_PEERS;

/** The exact command that installs a peer. */
export function installLine(name: ServerPeer): string {
  return `npm install ${name}@${SERVER_PEERS[name]}`;
}

/** Thrown when a server library is not installed; the message names the command to run. */
export class MissingPeerError extends Error {
  override readonly name = 'MissingPeerError';
  readonly peer: ServerPeer;

  constructor(name: ServerPeer, purpose: string, cause: unknown) {
    super(
      `mfa-elements/server needs ${name} for ${purpose}, and it is not installed. Run: ${installLine(name)}`,
      { cause },
    );
    this.peer = name;
  }
}

/** Node says ERR_MODULE_NOT_FOUND; bundlers and other runtimes say "Cannot find …". */
function isMissing(error: unknown, name: string): boolean {
  if (!(error instanceof Error) || !error.message.includes(name)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /cannot find|could not resolve|failed to resolve/i.test(error.message)
  );
}

/** `load()` is a literal `import('name')` at the call site, so bundlers still see the dependency. */
export async function importPeer<T>(
  name: ServerPeer,
  purpose: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, name)) throw new MissingPeerError(name, purpose, error);
    throw error;
  }
}
