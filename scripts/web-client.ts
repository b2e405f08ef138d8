import openapiTS, { astToString } from 'openapi-typescript';

/** Where the web app's generated API types live (checked in; regenerate with `npm run generate:client`). */
export const CLIENT_TYPES_PATH = 'apps/web/src/api/schema.gen.ts';

const HEADER =
  '/*\n' +
  ' * Generated from the API’s OpenAPI document (/docs-json) by `npm run generate:client`. Do not edit:\n' +
  ' * test/web-client.e2e-spec.ts fails when this file no longer matches the API.\n' +
  ' */\n\n';

/** The TypeScript types of an OpenAPI document, as the web app's typed client uses them. */
export async function renderClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), {
    alphabetize: true,
    exportType: false,
  });
  return HEADER + astToString(ast);
}

// `node -r ./scripts/ts-register.js scripts/web-client.ts <openapi.json>` prints the types (the up-to-date
// test uses it: openapi-typescript's ESM dependencies do not load inside Jest).
if (require.main === module) {
  const file = process.argv[2];
  void import('node:fs').then(async ({ readFileSync }) => {
    process.stdout.write(await renderClientTypes(JSON.parse(readFileSync(file, 'utf8'))));
  });
}
