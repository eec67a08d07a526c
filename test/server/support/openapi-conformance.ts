/// <reference types="node" />
/**
 * openapi.json as a test oracle: a small JSON Schema validator (the subset the document uses)
 * and a wrapper around the handler that checks every request it gets and every answer it gives
 * against the document — the path and method exist, the status is documented for the operation,
 * the body matches the schema, `Retry-After` matches `retryAfter`, 204s are empty.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Schema = Record<string, any>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export function loadOpenApi(): Schema {
  return JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
}

/** Follow a local `$ref` (`#/components/…`). */
export function resolveRef(spec: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are supported: ${ref}`);
  let node: any = spec;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolved ref ${ref}`);
  }
  return node;
}

function deref(spec: Schema, node: Schema): Schema {
  let current = node;
  while (current && typeof current.$ref === 'string') current = resolveRef(spec, current.$ref);
  return current;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema` (empty when it validates). */
export function validate(spec: Schema, schema: Schema, value: unknown, at = '$'): string[] {
  const s = deref(spec, schema);
  const problems: string[] = [];
  if (s.allOf) for (const part of s.allOf) problems.push(...validate(spec, part, value, at));
  if (s.anyOf && !s.anyOf.some((part: Schema) => validate(spec, part, value, at).length === 0)) {
    problems.push(`${at}: matches none of anyOf`);
  }
  if (s.oneOf) {
    const matching = s.oneOf.filter(
      (part: Schema) => validate(spec, part, value, at).length === 0,
    ).length;
    if (matching !== 1) problems.push(`${at}: matches ${matching} of oneOf (exactly one expected)`);
  }
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((type) => typeMatches(type, value))) {
      problems.push(`${at}: ${typeOf(value)} is not ${types.join('|')}`);
      return problems;
    }
  }
  if (s.enum && !s.enum.some((option: unknown) => option === value))
    problems.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if ('const' in s && s.const !== value)
    problems.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(s.const)}`);
  if (typeof value === 'string') {
    const length = [...value].length;
    if (s.minLength !== undefined && length < s.minLength)
      problems.push(`${at}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && length > s.maxLength)
      problems.push(`${at}: longer than ${s.maxLength}`);
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value))
      problems.push(`${at}: does not match ${s.pattern}`);
    if (
      s.format === 'date-time' &&
      !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ) {
      problems.push(`${at}: not a date-time`);
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) problems.push(`${at}: below ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) problems.push(`${at}: above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems)
      problems.push(`${at}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems)
      problems.push(`${at}: more than ${s.maxItems} items`);
    if (s.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
      problems.push(`${at}: items are not unique`);
    }
    if (s.items)
      value.forEach((item, index) =>
        problems.push(...validate(spec, s.items, item, `${at}[${index}]`)),
      );
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of s.required ?? [])
      if (!(key in record)) problems.push(`${at}: missing required "${key}"`);
    for (const [key, item] of Object.entries(record)) {
      if (s.properties && key in s.properties) {
        problems.push(...validate(spec, s.properties[key], item, `${at}.${key}`));
      } else if (s.additionalProperties === false) {
        problems.push(`${at}: unexpected property "${key}"`);
      } else if (typeof s.additionalProperties === 'object') {
        problems.push(...validate(spec, s.additionalProperties, item, `${at}.${key}`));
      }
    }
  }
  return problems;
}

export interface OperationRef {
  /** The documented path, e.g. `/devices/{id}`. */
  template: string;
  method: string;
  operation: Schema;
}

/** Every documented operation. */
export function operations(spec: Schema): OperationRef[] {
  const out: OperationRef[] = [];
  for (const [template, item] of Object.entries<Schema>(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) {
      if (item[method])
        out.push({ template, method: method.toUpperCase(), operation: item[method] });
    }
  }
  return out;
}

function templateMatches(template: string, path: string): boolean {
  const pattern = template
    .split('/')
    .map((part) =>
      /^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${pattern.join('/')}$`).test(path);
}

/** The documented path a request path (relative to the base path) falls under, if any. */
export function findTemplate(spec: Schema, path: string): string | undefined {
  return Object.keys(spec.paths).find((template) => templateMatches(template, path));
}

function responseFor(spec: Schema, operation: Schema, status: number): Schema | undefined {
  const entry =
    operation.responses[String(status)] ??
    operation.responses[`${String(status)[0]}XX`] ??
    operation.responses.default;
  return entry === undefined ? undefined : deref(spec, entry);
}

export interface Exchange {
  method: string;
  /** Path relative to the base path, starting with '/'. */
  path: string;
  requestHeaders: Headers;
  requestText: string;
  status: number;
  responseHeaders: Headers;
  responseText: string;
}

export interface CheckOptions {
  /** Every request must match the document (for our own client), except those `allowInvalidRequests` accepts. */
  strictRequests?: boolean;
  allowInvalidRequests?: (exchange: Exchange) => boolean;
}

/** What is wrong with a request according to the document: path parameters, headers, body. */
export function requestProblems(
  spec: Schema,
  template: string,
  operation: Schema,
  exchange: Exchange,
): string[] {
  const problems: string[] = [];
  const parameters: Schema[] = (operation.parameters ?? []).map((p: Schema) => deref(spec, p));
  const templateParts = template.split('/');
  const pathParts = exchange.path.split('/');
  for (const parameter of parameters) {
    if (parameter.in === 'path') {
      const index = templateParts.indexOf(`{${parameter.name}}`);
      let value: string;
      try {
        value = decodeURIComponent(pathParts[index] ?? '');
      } catch {
        problems.push(`path parameter ${parameter.name} is not valid percent-encoding`);
        continue;
      }
      problems.push(...validate(spec, parameter.schema, value, `path.${parameter.name}`));
    } else if (parameter.in === 'header') {
      const value = exchange.requestHeaders.get(parameter.name);
      if (value === null) {
        if (parameter.required) problems.push(`missing required header ${parameter.name}`);
      } else if (parameter.name.toLowerCase() !== 'origin') {
        problems.push(...validate(spec, parameter.schema, value, `header.${parameter.name}`));
      }
    }
  }
  const requestBody = operation.requestBody ? deref(spec, operation.requestBody) : undefined;
  if (exchange.requestText === '') {
    if (requestBody?.required) problems.push('missing required body');
    return problems;
  }
  if (!requestBody) {
    problems.push(`${exchange.method} with a body`);
    return problems;
  }
  const contentType = (exchange.requestHeaders.get('content-type') ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (contentType !== 'application/json') problems.push(`content-type "${contentType}"`);
  let requestJson: unknown;
  try {
    requestJson = JSON.parse(exchange.requestText);
  } catch {
    problems.push('body is not JSON');
    return problems;
  }
  const schema = requestBody.content?.['application/json']?.schema;
  if (schema) problems.push(...validate(spec, schema, requestJson, 'body'));
  return problems;
}

/** Problems of one request/answer pair against the document. */
export function checkExchange(
  spec: Schema,
  exchange: Exchange,
  options: CheckOptions = {},
): string[] {
  const label = `${exchange.method} ${exchange.path} → ${exchange.status}`;
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${label}: ${message}`);
  let body: unknown;
  if (exchange.responseText !== '') {
    try {
      body = JSON.parse(exchange.responseText);
    } catch {
      fail('the answer is not JSON');
      return problems;
    }
  }
  const template = findTemplate(spec, exchange.path);
  if (template === undefined) {
    if (exchange.status !== 404) fail('undocumented path answered with something other than 404');
    problems.push(
      ...validate(spec, { $ref: '#/components/schemas/Error' }, body).map((p) => `${label}: ${p}`),
    );
    return problems;
  }
  const item = spec.paths[template];
  const operation = item[exchange.method.toLowerCase()];
  if (!operation) {
    const documented = operations(spec)
      .filter((op) => op.template === template)
      .map((op) => op.method)
      .sort();
    if (exchange.status !== 405) fail(`undocumented method answered with something other than 405`);
    const allow = (exchange.responseHeaders.get('allow') ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean)
      .sort();
    if (JSON.stringify(allow) !== JSON.stringify(documented))
      fail(`Allow is [${allow}], documented [${documented}]`);
    problems.push(
      ...validate(spec, { $ref: '#/components/schemas/Error' }, body).map((p) => `${label}: ${p}`),
    );
    return problems;
  }

  // The request against the document, and the server's verdict on it: the two must agree. A
  // request the document calls invalid must not succeed; one it calls valid must not be refused
  // as malformed input.
  const requestIssues = requestProblems(spec, template, operation, exchange);
  const errorBody = body as { code?: unknown; reason?: unknown } | undefined;
  if (exchange.status >= 200 && exchange.status < 300 && requestIssues.length > 0) {
    fail(`accepted a request the document calls invalid: ${requestIssues.join('; ')}`);
  }
  const refusedAsMalformed =
    (exchange.status === 400 &&
      errorBody?.code === 'invalid-request' &&
      (errorBody.reason === undefined || errorBody.reason === 'malformed-json')) ||
    exchange.status === 415;
  if (refusedAsMalformed && requestIssues.length === 0)
    fail('refused as malformed a request the document calls valid');
  if (options.strictRequests && requestIssues.length > 0) {
    const expected = options.allowInvalidRequests?.(exchange) ?? false;
    if (!expected) fail(`sent a request the document calls invalid: ${requestIssues.join('; ')}`);
  }

  const documented = responseFor(spec, operation, exchange.status);
  if (!documented) {
    fail(`status ${exchange.status} is not documented for ${operation.operationId}`);
    return problems;
  }
  const content = documented.content?.['application/json'];
  if (!content) {
    if (exchange.responseText !== '') fail('documented without a body, but the answer has one');
  } else {
    const contentType = exchange.responseHeaders.get('content-type') ?? '';
    if (!contentType.startsWith('application/json')) fail(`content-type is "${contentType}"`);
    problems.push(...validate(spec, content.schema, body).map((p) => `${label}: ${p}`));
  }
  const retryAfter = (body as { retryAfter?: unknown } | undefined)?.retryAfter;
  const header = exchange.responseHeaders.get('retry-after');
  if (retryAfter !== undefined && header !== String(retryAfter))
    fail(`Retry-After "${header}" but retryAfter ${retryAfter}`);
  if (exchange.status === 429 && retryAfter === undefined && header !== null)
    fail('Retry-After without retryAfter');
  if (documented.headers?.['Retry-After'] === undefined && header !== null)
    fail('undocumented Retry-After');
  return problems;
}

type Handler = (request: Request) => Promise<Response>;

/** Wraps a handler: every exchange through it is checked and remembered. */
export class ConformanceRecorder {
  problems: string[] = [];
  /** `operationId status` of every documented exchange seen. */
  seen = new Set<string>();
  exchanges: Exchange[] = [];

  constructor(
    readonly spec: Schema,
    readonly basePath = '/mfa',
    readonly options: CheckOptions = {},
  ) {}

  wrap(handler: Handler): Handler {
    return async (request) => {
      const requestText = request.body ? await request.clone().text() : '';
      const response = await handler(request);
      const responseText = await response.clone().text();
      const pathname = new URL(request.url).pathname;
      const path = pathname.startsWith(`${this.basePath}/`)
        ? pathname.slice(this.basePath.length)
        : pathname;
      const exchange: Exchange = {
        method: request.method,
        path,
        requestHeaders: request.headers,
        requestText,
        status: response.status,
        responseHeaders: response.headers,
        responseText,
      };
      this.exchanges.push(exchange);
      this.problems.push(...checkExchange(this.spec, exchange, this.options));
      const template = findTemplate(this.spec, path);
      const operation = template && this.spec.paths[template][request.method.toLowerCase()];
      if (operation) this.seen.add(`${operation.operationId} ${response.status}`);
      return response;
    };
  }

  /** Forget what was recorded (call between tests). */
  take(): string[] {
    const problems = this.problems;
    this.problems = [];
    return problems;
  }
}
