import { NotFoundException } from '@nestjs/common';
import { Problem, ValidationProblem, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps field errors of validation problems', () => {
    const { problem } = toProblem(
      new ValidationProblem([{ field: 'email', message: 'must be an email' }]),
      '/x',
    );
    expect(problem).toMatchObject({ status: 400, code: 'validation-failed', instance: '/x' });
    expect(problem.errors).toEqual([{ field: 'email', message: 'must be an email' }]);
  });

  it('maps Nest exceptions by status', () => {
    expect(toProblem(new NotFoundException(), '/y').problem).toMatchObject({
      status: 404,
      title: 'Not Found',
    });
  });

  it('maps Fastify body errors', () => {
    const err = Object.assign(new Error('too big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toProblem(err, '/z').problem.status).toBe(413);
  });

  it('hides unknown errors behind an opaque 500', () => {
    const { problem } = toProblem(new Error('connection string postgres://secret@db'), '/w');
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('carries extension members and headers', () => {
    const { problem, headers } = toProblem(
      new Problem(429, 'rate-limited', 'slow down', { headers: { 'Retry-After': '5' }, retryAfter: 5 }),
      '/v',
    );
    expect(problem.retryAfter).toBe(5);
    expect(headers['Retry-After']).toBe('5');
  });
});
