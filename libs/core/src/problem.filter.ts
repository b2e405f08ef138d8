import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AssayConfig } from './config';
import { loggableError } from './logging';
import { toProblem } from './problem';

/** The single place errors become responses: RFC 9457 problem+json, never a stack trace. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly config: AssayConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(request, reply, exception, this.logger, this.config.appUrl);
  }
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  exception: unknown,
  logger: Pick<Logger, 'error'>,
  appUrl: string,
): void {
  const { problem, headers } = toProblem(exception, request.url.split('?')[0], appUrl);
  if (problem.status >= 500) {
    logger.error({ err: loggableError(exception), requestId: request.id }, 'unhandled error');
  }
  if (reply.sent) return;
  void reply.status(problem.status).headers(headers).type('application/problem+json').send(problem);
}
