import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AssayConfig, FieldError, ValidationProblem, isUuid, notFound, sendProblem } from '@assay/core';
import { AnswerSavedDto, SaveAnswerDto } from '../dto/take.dto';
import { TakeService } from './take.service';

/** The path of the autosave route under the API prefix (the contract of API.md). */
export const ANSWER_AUTOSAVE_PATH = '/take/:token/answers/:questionId';

/**
 * Its OpenAPI operation, as Nest generated it when this was a controller method (the web app's client is
 * generated from the document): Nest's generator sees only Nest routes, so bootstrap adds this one, with
 * ANSWER_AUTOSAVE_MODELS as extra schemas.
 */
export const ANSWER_AUTOSAVE_OPERATION = {
  operationId: 'take.saveAnswer',
  parameters: [
    { name: 'token', required: true, in: 'path', schema: { type: 'string' } },
    { name: 'questionId', required: true, in: 'path', schema: { type: 'string' } },
  ],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/SaveAnswerDto' } } },
  },
  responses: {
    200: {
      description: 'Saved: the question and the server time of the save',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/AnswerSavedDto' } } },
    },
    404: { description: 'Unknown invitation token, or no such question on this attempt' },
    409: { description: 'After submission or past the deadline, or the assessment is closed' },
    410: { description: 'The invitation was revoked or expired, or the assessment archived' },
  },
  summary: 'Save an answer (last write wins)',
  tags: ['take (candidates)'],
};

export const ANSWER_AUTOSAVE_MODELS = [SaveAnswerDto, AnswerSavedDto];

/**
 * The body of an autosave: `{ response }` and nothing else — what SaveAnswerDto documents and the global
 * validation pipe enforced when this was a Nest route (unknown fields are an error, `response` must be present). Pure.
 */
export function autosaveBodyErrors(body: unknown): FieldError[] {
  if (body === null || body === undefined) {
    return [{ field: 'response', message: 'response should not be null or undefined' }];
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    return [{ field: '(body)', message: 'must be a JSON object' }];
  }
  const errors: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (key !== 'response') errors.push({ field: key, message: `${key} should not exist` });
  }
  const response = (body as { response?: unknown }).response;
  if (response === null || response === undefined) {
    errors.push({ field: 'response', message: 'response should not be null or undefined' });
  }
  return errors;
}

/**
 * PUT /api/v1/take/{token}/answers/{questionId} as a plain Fastify route, outside Nest's router: the
 * hottest write of the platform paid more for Nest's pipeline (guards, interceptors, class-transformer and
 * class-validator on a one-field body) than for its SQL (docs/decisions/0403). The app-wide Fastify hooks
 * still run (security headers, request id, CORS, metrics, request log) and so does the JSON body parser
 * (prototype poisoning, depth limit, NUL characters); errors are the same problem+json documents.
 */
@Injectable()
export class AnswerAutosaveRoute {
  private readonly logger = new Logger('Errors');

  constructor(
    private readonly take: TakeService,
    private readonly config: AssayConfig,
  ) {}

  /** Autosave statements sent by this process, the answers they carried and the answers waiting (decision 0403). */
  get writes(): { statements: number; answers: number; waiting: number } {
    return this.take.autosaveWrites;
  }

  mount(fastify: FastifyInstance, prefix: string): void {
    fastify.route({
      method: 'PUT',
      url: prefix + ANSWER_AUTOSAVE_PATH,
      schema: {
        response: {
          200: {
            type: 'object',
            properties: { questionId: { type: 'string' }, savedAt: { type: 'string' } },
          },
        },
      },
      handler: (request, reply) => this.handle(request, reply),
      // Errors before the handler (malformed JSON, body too large, NUL characters) become the same problem
      // documents. Set on the route: Fastify fixes a route's error handler when its plugin queue loads, which
      // may be before Nest installs its own.
      errorHandler: (error, request, reply) =>
        sendProblem(request, reply, error, this.logger, this.config.appUrl),
    });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply) {
    try {
      const { token, questionId } = request.params as { token: string; questionId: string };
      return await this.save(token, questionId, request.body);
    } catch (error) {
      sendProblem(request, reply, error, this.logger, this.config.appUrl);
      return reply;
    }
  }

  /**
   * The route's work after HTTP: the path's question id, the body's contract, then the guarded write. Throws
   * the problems both callers answer with: this Fastify route, and the API's hot path before Fastify.
   */
  async save(token: string, questionId: string, body: unknown): Promise<AnswerSavedDto> {
    // A path id that is not a UUID is simply not found (as ParseIdPipe answers everywhere else).
    if (!isUuid(questionId)) throw notFound();
    const errors = autosaveBodyErrors(body);
    if (errors.length) throw new ValidationProblem(errors);
    return this.take.saveAnswer(token, questionId.toLowerCase(), (body as { response: unknown }).response);
  }
}
