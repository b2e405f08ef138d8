import { Foundation1764201600000 } from './1764201600000-foundation';

/** Every migration, in order. A new migration is added here (generate with npm run db:migration:generate). */
export const MIGRATIONS = [Foundation1764201600000];
