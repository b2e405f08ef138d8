import { NotFoundException } from '@nestjs/common';
import { Problem, ValidationProblem, toProblem } from './problem';
import { CoreProblem } from './problem-catalog';

const APP = 'https://assay.example.com';

describe('toProblem', () => {
  it('types every problem with a page of this deployment: ${APP_URL}/problems/{code}', () => {
    expect(toProblem(new ValidationProblem([]), '/x', APP).problem.type).toBe(
      'https://assay.example.com/problems/validation-failed',
    );
    expect(toProblem(new NotFoundException(), '/y', `${APP}/`).problem).toMatchObject({
      type: 'https://assay.example.com/problems/not-found',
      code: 'not-found',
    });
    expect(toProblem(new Error('boom'), '/w', APP).problem.type).toBe(
      'https://assay.example.com/problems/internal-error',
    );
  });

  it('keeps field errors of validation problems', () => {
    const { problem } = toProblem(
      new ValidationProblem([{ field: 'email', message: 'must be an email' }]),
      '/x',
      APP,
    );
    expect(problem).toMatchObject({ status: 400, code: 'validation-failed', instance: '/x' });
    expect(problem.errors).toEqual([{ field: 'email', message: 'must be an email' }]);
  });

  it('maps Nest exceptions by status', () => {
    expect(toProblem(new NotFoundException(), '/y', APP).problem).toMatchObject({
      status: 404,
      title: 'Not Found',
    });
  });

  it('maps Fastify body errors', () => {
    const err = Object.assign(new Error('too big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toProblem(err, '/z', APP).problem.status).toBe(413);
  });

  it('hides unknown errors behind an opaque 500', () => {
    const { problem } = toProblem(new Error('connection string postgres://secret@db'), '/w', APP);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('carries extension members and headers', () => {
    const { problem, headers } = toProblem(
      new Problem(429, CoreProblem.RateLimited, 'slow down', {
        headers: { 'Retry-After': '5' },
        retryAfter: 5,
      }),
      '/v',
      APP,
    );
    expect(problem.retryAfter).toBe(5);
    expect(headers['Retry-After']).toBe('5');
  });
});
