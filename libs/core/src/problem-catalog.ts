/** What `${APP_URL}/problems/{code}` tells a person who followed a problem's `type`. */
export interface ProblemPage {
  /** The statuses the API answers with this code. */
  statuses: readonly number[];
  title: string;
  /** What happened, in a sentence or two. */
  happened: string;
  /** What to do about it. */
  todo: string;
}

/**
 * One lib's problem codes: the enum its throw sites use and a page for each member. `pages` is keyed by the
 * enum, so a code without a page does not compile. `enumName` lets the catalog test recognise throw sites.
 */
export interface ProblemCatalog {
  lib: string;
  enumName: string;
  codes: Readonly<Record<string, string>>;
  pages: Readonly<Record<string, ProblemPage>>;
}

export function defineProblemCatalog<C extends string>(
  lib: string,
  enumName: string,
  codes: Readonly<Record<string, C>>,
  pages: Readonly<Record<C, ProblemPage>>,
): ProblemCatalog {
  return { lib, enumName, codes, pages };
}

/** The URI of a problem type: a page of this deployment describing it. */
export function problemTypeUri(appUrl: string, code: string): string {
  return `${appUrl.replace(/\/+$/, '')}/problems/${code}`;
}

/** Problems any route can answer: the framework's, validation, authentication, rate limits. */
export enum CoreProblem {
  ValidationFailed = 'validation-failed',
  BadRequest = 'bad-request',
  MalformedBody = 'malformed-body',
  Unauthorized = 'unauthorized',
  Forbidden = 'forbidden',
  CrossOrigin = 'cross-origin',
  NotFound = 'not-found',
  MethodNotAllowed = 'method-not-allowed',
  BodyTooLarge = 'body-too-large',
  UnsupportedMediaType = 'unsupported-media-type',
  RateLimited = 'rate-limited',
  HttpError = 'http-error',
  InternalError = 'internal-error',
}

export const CORE_PROBLEMS = defineProblemCatalog('core', 'CoreProblem', CoreProblem, {
  [CoreProblem.ValidationFailed]: {
    statuses: [400],
    title: 'Invalid fields',
    happened: 'One or more fields of the request are missing, of the wrong type or out of range.',
    todo: 'Read `errors`: each entry names a field and what is wrong with it. Fix those fields and send again.',
  },
  [CoreProblem.BadRequest]: {
    statuses: [400],
    title: 'Bad request',
    happened: 'The request could not be understood as sent.',
    todo: 'Check the method, path, query and headers against the API reference at /docs.',
  },
  [CoreProblem.MalformedBody]: {
    statuses: [400],
    title: 'Malformed body',
    happened: 'The body is not valid JSON, is empty while declared as JSON, or its length does not match.',
    todo: 'Send a complete JSON document with `Content-Type: application/json`.',
  },
  [CoreProblem.Unauthorized]: {
    statuses: [401],
    title: 'Missing or invalid credentials',
    happened:
      'The request carried no credentials, or an access token or API key that is invalid, expired or revoked.',
    todo: 'Send `Authorization: Bearer <token>`: a fresh access token (sign in or refresh) or a valid `ak_` API key.',
  },
  [CoreProblem.Forbidden]: {
    statuses: [403],
    title: 'Not allowed',
    happened: 'The credentials are valid, but your membership role or credential type does not allow this.',
    todo: 'Ask an owner or admin of the organization, or sign in as a person where API keys are refused.',
  },
  [CoreProblem.CrossOrigin]: {
    statuses: [403],
    title: 'Cross-origin request refused',
    happened: 'A cookie session was used from another site (the Origin header names a different host).',
    todo: 'Refresh cookie sessions from the Assay web app itself, or send the refresh token in the body.',
  },
  [CoreProblem.NotFound]: {
    statuses: [404],
    title: 'Not found',
    happened:
      'Nothing exists at this address for your organization (other organizations’ data is never revealed).',
    todo: 'Check the id, slug or token; list the collection to find the right one.',
  },
  [CoreProblem.MethodNotAllowed]: {
    statuses: [405],
    title: 'Method not allowed',
    happened: 'The path exists but does not accept this HTTP method.',
    todo: 'Use a method the API reference lists for this path.',
  },
  [CoreProblem.BodyTooLarge]: {
    statuses: [413],
    title: 'Body too large',
    happened: 'The request body is larger than 1 MiB.',
    todo: 'Send less in one request, for example candidates in batches of at most 500.',
  },
  [CoreProblem.UnsupportedMediaType]: {
    statuses: [415],
    title: 'Unsupported media type',
    happened: 'The body is not `application/json`.',
    todo: 'Send JSON with `Content-Type: application/json`.',
  },
  [CoreProblem.RateLimited]: {
    statuses: [429],
    title: 'Too many requests',
    happened:
      'A rate limit was passed: credential routes per address and account, or an API key’s own limit.',
    todo: 'Wait the number of seconds in `Retry-After` (and `RateLimit-Reset`) before trying again.',
  },
  [CoreProblem.HttpError]: {
    statuses: [400],
    title: 'HTTP error',
    happened: 'The request failed with the status shown, before it reached the API’s own logic.',
    todo: 'Check the request against the API reference at /docs.',
  },
  [CoreProblem.InternalError]: {
    statuses: [500],
    title: 'Internal error',
    happened: 'Something failed on our side. It has been logged with the request id.',
    todo: 'Retry later; if it persists, report it with the `x-request-id` response header.',
  },
});
