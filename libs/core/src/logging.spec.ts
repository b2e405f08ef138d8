import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createRootLogger, lazyRequestLogger, loggableError } from './logging';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

function failedQuery(): QueryFailedError {
  const driverError = Object.assign(
    new Error('invalid input syntax for type timestamp with time zone: "ada@example.com"'),
    { code: '22007', detail: 'Key (email)=(ada@example.com) already exists.' },
  );
  return new QueryFailedError(
    'SELECT * FROM candidate_invitations WHERE email = $1 AND created_at < $2',
    ['ada@example.com', 'tok_secret_value'],
    driverError,
  );
}

describe('error logging', () => {
  it('never writes a failed query’s parameters or the values PostgreSQL quotes', () => {
    const { lines, stream } = capture();
    const logger = createRootLogger({ logLevel: 'info' }, 'test', stream);
    logger.error({ err: failedQuery() }, 'unhandled error');
    const out = lines.join('');
    expect(out).toContain('unhandled error');
    expect(out).toContain('candidate_invitations WHERE email = $1');
    expect(out).toContain('22007');
    expect(out).not.toContain('ada@example.com');
    expect(out).not.toContain('tok_secret_value');
  });

  it('keeps type, message and stack of ordinary errors, and is idempotent', () => {
    const once = loggableError(new TypeError('boom'));
    expect(once).toMatchObject({ type: 'TypeError', message: 'boom' });
    expect(String(once.stack)).toContain('boom');
    expect(loggableError(once)).toEqual(once);
    expect(loggableError('text')).toEqual({ message: 'text' });
  });
});

describe('lazy request logger', () => {
  it('makes no pino child until something logs, then logs with the request id and the root redaction', () => {
    const { lines, stream } = capture();
    const root = createRootLogger({ logLevel: 'info' }, 'test', stream);
    let children = 0;
    const counting = Object.create(root) as typeof root;
    counting.child = ((bindings: Record<string, unknown>, options?: object) => {
      children++;
      return root.child(bindings, options);
    }) as typeof root.child;
    const log = lazyRequestLogger(counting, { reqId: 'req-1' }, {});
    expect(children).toBe(0);
    log.warn({ user: { password: 'hunter2' } }, 'slow');
    log.error('failed');
    expect(children).toBe(1);
    const written = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(written).toMatchObject([
      { reqId: 'req-1', msg: 'slow', level: 40, user: { password: '[redacted]' } },
      { reqId: 'req-1', msg: 'failed', level: 50 },
    ]);
    expect(log.level).toBe('info');
    expect(log.child({ job: 'x' }).bindings()).toEqual({ name: 'test', reqId: 'req-1', job: 'x' });
  });

  it('keeps the level rule: nothing under the root level is written', () => {
    const { lines, stream } = capture();
    const log = lazyRequestLogger(createRootLogger({ logLevel: 'warn' }, 'test', stream), { reqId: 'r' }, {});
    log.info('hidden');
    log.debug('hidden');
    log.warn('shown');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['shown']);
  });
});
