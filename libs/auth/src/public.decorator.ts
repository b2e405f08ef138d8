import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiAuth, ApiProblems } from '@assay/core';

export const IS_PUBLIC = 'assay:isPublic';

/**
 * Marks a route (or controller) as reachable without credentials. Everything else is authenticated. The
 * OpenAPI document reads the same metadata, so a public route is documented with `security: []`.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Candidate routes under `/take/{token}`: no credentials, the invitation token in the path authorizes them.
 * OpenAPI has no security scheme for a path segment, so the document says `security: []` and explains it.
 */
export const InvitationTokenAuth = () =>
  applyDecorators(
    Public(),
    ApiAuth({
      security: [],
      note:
        'Authorized by the candidate’s invitation token in the path alone (no Authorization header). ' +
        'An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.',
    }),
    ApiProblems(
      { 404: 'Unknown invitation token' },
      { 410: 'The invitation was revoked or expired, or the assessment archived' },
    ),
  );
