import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen';

/**
 * The one way the web app talks to the API: typed from the API's own OpenAPI document, so a call to a
 * path, parameter or body the document does not describe does not compile.
 */
export const api = createClient<paths>({ baseUrl: '' });

export type Schemas = components['schemas'];

/** An RFC 9457 problem as the API sends it (`code` is the last segment of `type`). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

/** The problem in an openapi-fetch error, whatever its shape. */
export function asProblem(error: unknown, response: Response): Problem {
  const body = (typeof error === 'object' && error !== null ? error : {}) as Partial<Problem>;
  return { ...body, status: response.status };
}

/** True when the request never reached the server (offline, DNS, connection refused). */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError;
}
