import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createRootLogger, loggableError } from './logging';

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
