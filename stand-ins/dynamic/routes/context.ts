import type { StandInEnvironment } from '../environment.js';

/** What every route gets: the request, its environment, and the path parameters. */
export interface RouteContext {
  request: Request;
  url: URL;
  env: StandInEnvironment;
  params: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => Promise<Response>;
