import 'reflect-metadata';
import { AssayConfig } from '@assay/core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { serveUnderTest, type Listening } from './child-control';

/** The whole Assay API, configured from the environment, in its own process (see child-control.ts). */
async function api(): Promise<Listening> {
  const app = await createApiApp(AssayConfig.fromEnv(process.env));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpAdapter().getHttpServer().address() as { port: number };
  return { port, close: () => app.close() };
}

serveUnderTest(api).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
