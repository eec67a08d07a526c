/**
 * The answers routes give (`jsonResponse`, `noContent` in http.ts): a `Response` whose status,
 * headers and body are kept as plain data. The Node adapter writes that data to `ServerResponse`
 * as it is; everything else (the Web entry, a caller reading headers or the body) gets a real
 * `Response`, built once on first need (docs/ARCHITECTURE.md, "Handler").
 */
export class PlainResponse implements Response {
  readonly status: number;
  /** Lower-case names. */
  readonly plainHeaders: Readonly<Record<string, string>>;
  /** The body (JSON text), or null for none. */
  readonly plainBody: string | null;
  #web: Response | undefined;

  constructor(status: number, headers: Record<string, string>, body: string | null) {
    this.status = status;
    this.plainHeaders = headers;
    this.plainBody = body;
  }

  /** The real `Response` (the same one on every call). */
  toWebResponse(): Response {
    this.#web ??= new Response(this.plainBody, {
      status: this.status,
      headers: this.plainHeaders,
    });
    return this.#web;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }
  get headers(): Headers {
    return this.toWebResponse().headers;
  }
  get redirected(): boolean {
    return false;
  }
  get statusText(): string {
    return this.toWebResponse().statusText;
  }
  get type(): ResponseType {
    return this.toWebResponse().type;
  }
  get url(): string {
    return this.toWebResponse().url;
  }
  get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.toWebResponse().body;
  }
  get bodyUsed(): boolean {
    return this.#web?.bodyUsed ?? false;
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toWebResponse().arrayBuffer();
  }
  blob(): Promise<Blob> {
    return this.toWebResponse().blob();
  }
  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.toWebResponse().bytes();
  }
  formData(): Promise<FormData> {
    return this.toWebResponse().formData();
  }
  json(): Promise<unknown> {
    return this.toWebResponse().json();
  }
  text(): Promise<string> {
    return this.toWebResponse().text();
  }
  clone(): Response {
    return this.toWebResponse().clone();
  }
}

/** A real `Response` for the runtime: plain answers are built into one, others pass as they are. */
export function toWebResponse(response: Response): Response {
  return response instanceof PlainResponse ? response.toWebResponse() : response;
}

/**
 * The handler's entry for the Node adapter, under this key of `createMfaHandler`'s result: the
 * same request path, with the path and the body the adapter already has (read under its cap),
 * answering a `PlainResponse` where it can.
 */
export const RESPOND_NODE = Symbol('mfa.respondNode');

export type NodeResponder = (
  request: Request,
  read: { pathname: string; body: Uint8Array },
) => Promise<Response>;
