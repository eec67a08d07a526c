/**
 * A Node request seen as a Web `Request`, without building one: `method`, `headers.get/has` and
 * the body (already read, under the cap) come straight from `IncomingMessage`; anything else — a
 * header iteration or change, `signal`, `body` as a stream, `clone()` — builds the real
 * `Request` (or `Headers`) once and answers from it. It is an `instanceof Request`, so the app's
 * `authenticate(request)` works unchanged (docs/ARCHITECTURE.md, "Handler").
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** RFC 9110 token: what a header name may be (anything else throws, as `Headers` does). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The header values the real `Headers` would hold: every name but HTTP/2 pseudo-headers. */
function headerEntries(source: IncomingHttpHeaders): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(source)) {
    if (name.startsWith(':') || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) entries.push([name, item]);
  }
  return entries;
}

/** Read-only look-ups from Node's (already lower-cased) headers; the rest on a real copy. */
class NodeHeaders implements Headers {
  readonly #source: IncomingHttpHeaders;
  #real: Headers | undefined;

  constructor(source: IncomingHttpHeaders) {
    this.#source = source;
  }

  /** The real `Headers`, from the first change or iteration on (then it alone is used). */
  #materialize(): Headers {
    this.#real ??= new Headers(headerEntries(this.#source));
    return this.#real;
  }

  get(name: string): string | null {
    if (this.#real !== undefined || !HEADER_NAME.test(name)) return this.#materialize().get(name);
    const value = this.#source[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.get(name) !== null;
  }
  getSetCookie(): string[] {
    return this.#materialize().getSetCookie();
  }
  set(name: string, value: string): void {
    this.#materialize().set(name, value);
  }
  append(name: string, value: string): void {
    this.#materialize().append(name, value);
  }
  delete(name: string): void {
    this.#materialize().delete(name);
  }
  forEach(
    callback: (value: string, key: string, parent: Headers) => void,
    thisArg?: unknown,
  ): void {
    this.#materialize().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries(): HeadersIterator<[string, string]> {
    return this.#materialize().entries();
  }
  keys(): HeadersIterator<string> {
    return this.#materialize().keys();
  }
  values(): HeadersIterator<string> {
    return this.#materialize().values();
  }
  [Symbol.iterator](): HeadersIterator<[string, string]> {
    return this.#materialize()[Symbol.iterator]();
  }
  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string) {
    return inspect(this.#materialize(), options);
  }
}

export class NodeRequest implements Request {
  // Private fields and getters only: a plain property would be assigned through Request's getter.
  readonly #method: string;
  readonly #req: IncomingMessage;
  readonly #bytes: Uint8Array;
  #headers: NodeHeaders | undefined;
  #real: Request | undefined;
  #bodyUsed = false;

  /** `bytes`: the body, already read. */
  constructor(req: IncomingMessage, bytes: Uint8Array) {
    this.#method = req.method ?? 'GET';
    this.#req = req;
    this.#bytes = bytes;
  }

  /** The real `Request` (the same one on every call). */
  #materialize(): Request {
    if (this.#real === undefined) {
      const init: RequestInit = { method: this.method, headers: headerEntries(this.#req.headers) };
      if (this.#bytes.byteLength > 0) init.body = this.#bytes as Uint8Array<ArrayBuffer>;
      this.#real = new Request(this.url, init);
    }
    return this.#real;
  }

  #consume(): Uint8Array {
    if (this.#bodyUsed || this.#real?.bodyUsed === true)
      throw new TypeError('Body is unusable: Body has already been read');
    this.#bodyUsed = true;
    return this.#bytes;
  }

  get method(): string {
    return this.#method;
  }
  get url(): string {
    return nodeRequestUrl(this.#req);
  }
  get headers(): Headers {
    this.#headers ??= new NodeHeaders(this.#req.headers);
    return this.#headers;
  }
  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#materialize().body;
  }
  get bodyUsed(): boolean {
    return this.#bodyUsed || this.#real?.bodyUsed === true;
  }
  get signal(): AbortSignal {
    return this.#materialize().signal;
  }
  get cache(): RequestCache {
    return this.#materialize().cache;
  }
  get credentials(): RequestCredentials {
    return this.#materialize().credentials;
  }
  get destination(): RequestDestination {
    return this.#materialize().destination;
  }
  get integrity(): string {
    return this.#materialize().integrity;
  }
  get keepalive(): boolean {
    return this.#materialize().keepalive;
  }
  get mode(): RequestMode {
    return this.#materialize().mode;
  }
  get redirect(): RequestRedirect {
    return this.#materialize().redirect;
  }
  get referrer(): string {
    return this.#materialize().referrer;
  }
  get referrerPolicy(): ReferrerPolicy {
    return this.#materialize().referrerPolicy;
  }
  get isReloadNavigation(): boolean {
    return (this.#materialize() as { isReloadNavigation?: boolean }).isReloadNavigation ?? false;
  }
  get isHistoryNavigation(): boolean {
    return (this.#materialize() as { isHistoryNavigation?: boolean }).isHistoryNavigation ?? false;
  }
  get duplex(): string {
    return (this.#materialize() as { duplex?: string }).duplex ?? 'half';
  }
  /** `console.log(request)` shows the real Request (Request's own would refuse this object). */
  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string) {
    return inspect(this.#materialize(), options);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    return new Uint8Array(this.#consume()).buffer;
  }
  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(this.#consume());
  }
  async text(): Promise<string> {
    return new TextDecoder().decode(this.#consume());
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  blob(): Promise<Blob> {
    this.#checkUnused();
    return this.#materialize().blob();
  }
  formData(): Promise<FormData> {
    this.#checkUnused();
    return this.#materialize().formData();
  }
  clone(): Request {
    this.#checkUnused();
    return this.#materialize().clone();
  }

  #checkUnused(): void {
    if (this.#bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
  }
}

/** The request's URL as Express or Node gives it, on the scheme and host it came to. */
export function nodeRequestUrl(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const host = req.headers.host;
  const origin = `${encrypted ? 'https' : 'http'}://${host && SAFE_HOST.test(host) ? host : 'localhost'}`;
  return new URL(originalUrl(req), origin).href;
}

/** Express strips a mount path from req.url but keeps it in originalUrl. */
export function originalUrl(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
}

/** A Host header used as is in the URL; anything else reads as localhost. */
const SAFE_HOST = /^[A-Za-z0-9.:[\]-]+$/;

let linked = false;

/**
 * Make `NodeRequest`s `instanceof Request` (and their headers `instanceof Headers`). Done when an
 * adapter is created, not at import: the first use of `Request` loads Node's fetch (undici).
 */
export function linkToFetchClasses(): void {
  if (linked) return;
  linked = true;
  Object.setPrototypeOf(NodeRequest.prototype, Request.prototype);
  Object.setPrototypeOf(NodeHeaders.prototype, Headers.prototype);
}
