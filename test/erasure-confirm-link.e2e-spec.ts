import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  Http,
  inviteCandidates,
  mailbox,
  publishAssessment,
  SignedUp,
  signUp,
  startApi,
  startWorker,
  tokenFrom,
} from '@assay/testing';

/** The candidate's emailed erasure link: a used link says so, an old unconfirmed one has expired. */
describe('erasure confirmation links (real PostgreSQL, Redis, SMTP capture)', () => {
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let http: Http;
  let ds: DataSource;
  let org: SignedUp;
  let assessmentId: string;

  beforeAll(async () => {
    app = await startApi();
    worker = await startWorker();
    http = new Http(app);
    ds = app.get(DataSource);
    org = await signUp(http);
    assessmentId = (await publishAssessment(http, org.accessToken, { questionCount: 3 })).id;
  });
  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  async function ask(tag: string) {
    const [candidate] = await inviteCandidates(http, org.accessToken, assessmentId, 1, tag);
    expect((await http.post(`/api/v1/take/${candidate.token}/erasure-request`)).status).toBe(202);
    const mail = await mailbox().waitFor(
      (m) => m.to.includes(candidate.email) && m.subject.startsWith('Confirm the erasure'),
    );
    return { candidate, token: tokenFrom(mail, '/erasure/confirm') };
  }

  it('the first use confirms; a second use returns the same request, marked as already confirmed', async () => {
    const { token } = await ask('used-link');
    const first = await http.post('/api/v1/erasure-requests/confirm', { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'scheduled', alreadyConfirmed: false });
    const again = await http.post('/api/v1/erasure-requests/confirm', { token });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'scheduled', dueAt: first.body.dueAt, alreadyConfirmed: true });
  });

  it('a link not used within 7 days is gone (410), and confirms nothing', async () => {
    const { candidate, token } = await ask('old-link');
    await ds.query(
      `UPDATE erasure_requests SET requested_at = now() - interval '8 days' WHERE invitation_id = $1`,
      [candidate.invitationId],
    );
    const res = await http.post('/api/v1/erasure-requests/confirm', { token });
    expect(res.status).toBe(410);
    expect(res.problem.type).toMatch(/erasure-link-expired$/);
    const rows = await ds.query(`SELECT confirmed_at FROM erasure_requests WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    expect(rows).toEqual([{ confirmed_at: null }]);
  });

  it('a link used on its 6th day still confirms', async () => {
    const { candidate, token } = await ask('late-link');
    await ds.query(
      `UPDATE erasure_requests SET requested_at = now() - interval '6 days' WHERE invitation_id = $1`,
      [candidate.invitationId],
    );
    const res = await http.post('/api/v1/erasure-requests/confirm', { token });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('scheduled');
  });
});
