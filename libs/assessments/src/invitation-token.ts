import { createHmac, hash } from 'node:crypto';

/**
 * Candidate links carry a token derived from the invitation id with a server secret (HMAC-SHA256, 256 bits).
 * Only its SHA-256 is stored, so a database leak reveals no working link, yet inviting the same email again
 * can return the same link (the API's idempotent invitations) without keeping the token anywhere.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', `assay:candidate-invitation:${secret}`)
    .update(invitationId)
    .digest('base64url');
}

export function hashToken(token: string): string {
  // One-shot hash: no Hash object per call (this runs on every autosave; decision 0403).
  return hash('sha256', token, 'hex');
}

/** Tokens are 43 base64url characters; anything else is not one of ours (answered 404 without a lookup). */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
