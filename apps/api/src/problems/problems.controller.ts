import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@assay/auth';
import { notFound } from '@assay/core';
import { problemEntries } from './problem-catalogs';
import { renderProblemIndex, renderProblemPage } from './problem-pages';

/**
 * `${APP_URL}/problems/{code}`: what every problem `type` points at. Registered as an API route outside
 * /api/v1 so it answers before the web app's fallback.
 */
@ApiTags('problems')
@Public()
@Controller('problems')
export class ProblemsController {
  private readonly entries = problemEntries();
  private readonly index = renderProblemIndex(this.entries.values());
  private readonly pages = new Map(
    [...this.entries].map(([code, entry]) => [code, renderProblemPage(entry)]),
  );

  @Get()
  @ApiOperation({ summary: 'Every problem type the API answers with', operationId: 'problems.list' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML index of the problem types' })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  list(): string {
    return this.index;
  }

  @Get(':code')
  @ApiOperation({ summary: 'What a problem type means and what to do about it', operationId: 'problems.get' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page: what happened, what to do' })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  get(@Param('code') code: string): string {
    const page = this.pages.get(code);
    if (!page) throw notFound('problem type');
    return page;
  }
}
