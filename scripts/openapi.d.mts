// Types for scripts/openapi.mjs (imported by test/server/openapi.test.ts).
export const OPENAPI_FILE: string;
export const ERROR_REASONS: string[];
/** The OpenAPI 3.1 document, as openapi.json holds it. */
export function buildOpenApi(): Record<string, any>;
/** openapi.json's exact text. */
export function renderOpenApi(): string;
