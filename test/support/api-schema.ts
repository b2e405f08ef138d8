/**
 * The API's generated types, the same file the web app's client is built on (`npm run generate:client`;
 * test/web-client.e2e-spec.ts fails when it no longer matches the served document). The e2e tests type
 * their requests and responses with it, so a drift breaks the web app and the tests alike.
 */
export type { components, operations, paths } from '../../apps/web/src/api/schema.gen';
