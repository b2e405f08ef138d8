import { Controller, Get, Param } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { Public } from '@assay/auth';
import { AssayConfig, Deprecated } from '@assay/core';
import { buildOpenApiDocument, operationIdFor } from './openapi-document';

const DEPRECATED_AT = new Date('2026-12-01T00:00:00Z');
const SUNSET = new Date('2027-06-01T00:00:00Z');

@Public()
@Controller('widgets')
class WidgetsController {
  @Get(':id/legacy')
  @ApiOperation({ summary: 'The old way' })
  @ApiOkResponse({ description: 'A widget' })
  @Deprecated({ deprecatedAt: DEPRECATED_AT, sunset: SUNSET, successor: 'GET /widgets/{id}' })
  legacy(@Param('id') id: string) {
    return { id };
  }
}

describe('the OpenAPI document builder', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [WidgetsController] }).compile();
    app = module.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names operations as client methods', () => {
    expect(operationIdFor('AssessmentsController', 'create')).toBe('assessments.create');
    expect(operationIdFor('ApiKeysController', 'list')).toBe('apiKeys.list');
  });

  it('answers a deprecated route with Deprecation and Sunset, and documents it as deprecated', async () => {
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/widgets/w1/legacy' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.deprecation).toBe(`@${DEPRECATED_AT.getTime() / 1000}`);
    expect(res.headers.sunset).toBe('Tue, 01 Jun 2027 00:00:00 GMT');

    const doc = buildOpenApiDocument(
      app,
      AssayConfig.fromEnv({ NODE_ENV: 'test', APP_URL: 'https://app.example' }),
    );
    const op = doc.paths['/widgets/{id}/legacy'].get!;
    expect(op.operationId).toBe('widgets.legacy');
    expect(op.deprecated).toBe(true);
    expect(op.description).toContain('use GET /widgets/{id}');
    expect(op.description).toContain('2027-06-01');
    expect(Object.keys((op.responses['200'] as { headers: object }).headers)).toEqual([
      'Deprecation',
      'Sunset',
    ]);
    expect(op.security).toEqual([]);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '404']);
    expect(doc.servers).toEqual([{ url: 'https://app.example', description: 'This deployment' }]);
  });
});
