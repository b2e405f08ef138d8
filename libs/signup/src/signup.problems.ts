import { defineProblemCatalog } from '@assay/core';

/** Problems of signup and the emailed links (email verification, password reset). */
export enum SignupProblem {
  InvalidToken = 'invalid-token',
  TokenExpired = 'token-expired',
}

export const SIGNUP_PROBLEMS = defineProblemCatalog('signup', 'SignupProblem', SignupProblem, {
  [SignupProblem.InvalidToken]: {
    statuses: [400],
    title: 'Invalid link',
    happened: 'The emailed link is invalid, was already used, or a newer email replaced it.',
    todo: 'Use the link of the latest email, or ask for a new one (forgot password, resend verification).',
  },
  [SignupProblem.TokenExpired]: {
    statuses: [410],
    title: 'Link expired',
    happened: 'The emailed link is older than its lifetime.',
    todo: 'Ask for a new email and use its link.',
  },
});
