import Fastify from 'fastify';
import { Pool } from 'pg';
import { v7 as newId } from 'uuid';
import { serveUnderTest, type Listening } from './child-control';

// The statement TakeService.saveAnswer runs, for a batch of one, handed over by the autosave scenario (SAVE_ANSWERS_SQL from
// @assay/assessments) so this process loads none of the API's modules and no copy of it can drift.
const GUARDED_UPSERT = process.env.BENCH_GUARDED_UPSERT_SQL;

/** The baselines: nothing but Fastify's router, JSON and one pg query per request. */
async function bare(): Promise<Listening> {
  const db = new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
  });
  const server = Fastify();
  // Autosave baseline: the same UPSERT into the same table, keyed by attempt and question, nothing else.
  server.put<{ Params: { org: string; attempt: string; q: string }; Body: { response: unknown } }>(
    '/bare/:org/:attempt/:q',
    async (req) => {
      const { rows } = await db.query(
        `INSERT INTO answers (id, organization_id, attempt_id, assessment_question_id, response, saved_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, now())
         ON CONFLICT (attempt_id, assessment_question_id)
         DO UPDATE SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
         RETURNING saved_at`,
        [newId(), req.params.org, req.params.attempt, req.params.q, JSON.stringify(req.body.response)],
      );
      return { questionId: req.params.q, savedAt: rows[0].saved_at };
    },
  );
  // Diagnostic: our guarded statement (status, deadline, revocation, assessment state) from the bare
  // server, to tell the SQL's cost from the stack's.
  if (GUARDED_UPSERT)
    server.put<{ Params: { attempt: string; q: string }; Body: { response: unknown } }>(
      '/guarded/:attempt/:q',
      async (req) => {
        const { rows } = await db.query({
          name: 'bench-guarded',
          text: GUARDED_UPSERT,
          values: [[newId()], [req.params.attempt], [req.params.q], [JSON.stringify(req.body.response)], 5],
        });
        return { questionId: req.params.q, savedAt: rows[0].saved_at };
      },
    );
  // The machine's floor: a constant answer, no database. Its p99 at a rate is what the load generator, the
  // kernel and the scheduler add on their own.
  server.get('/noop', async () => ({ ok: true }));
  // Role page baseline: the published version row read by primary key on every request.
  server.get<{ Params: { versionId: string } }>('/role-version/:versionId', async (req, reply) => {
    const { rows } = await db.query('SELECT * FROM role_template_versions WHERE id = $1', [
      req.params.versionId,
    ]);
    if (!rows.length) return reply.status(404).send({ status: 404 });
    return rows[0];
  });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as { port: number };
  return {
    port,
    close: async () => {
      await server.close();
      await db.end();
    },
  };
}

serveUnderTest(bare).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
