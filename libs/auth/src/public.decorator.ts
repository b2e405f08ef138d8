import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'assay:isPublic';

/** Marks a route (or controller) as reachable without credentials. Everything else is authenticated. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
