import { defineProblemCatalog } from '@assay/core';

/** Problems of the cross-cutting request machinery this lib owns: quotas and idempotency keys. */
export enum PersistenceProblem {
  QuotaExceeded = 'quota-exceeded',
  IdempotencyKeyReused = 'idempotency-key-reused',
  IdempotencyInProgress = 'idempotency-in-progress',
}

export const PERSISTENCE_PROBLEMS = defineProblemCatalog(
  'persistence',
  'PersistenceProblem',
  PersistenceProblem,
  {
    [PersistenceProblem.QuotaExceeded]: {
      statuses: [429],
      title: 'Quota exceeded',
      happened: 'The organization reached one of its quotas; `quota` and `limit` in the problem name it.',
      todo: 'Wait `Retry-After` seconds for a daily quota, or remove something (webhook endpoints, own questions) for a count quota.',
    },
    [PersistenceProblem.IdempotencyKeyReused]: {
      statuses: [422],
      title: 'Idempotency key reused',
      happened: 'This `Idempotency-Key` was already used with a different request body.',
      todo: 'Use a new key for a new request; reuse a key only to retry the very same request.',
    },
    [PersistenceProblem.IdempotencyInProgress]: {
      statuses: [409],
      title: 'Request still in progress',
      happened: 'A request with this `Idempotency-Key` is still being processed.',
      todo: 'Retry in a moment with the same key: you will get the first request’s response.',
    },
  },
);
