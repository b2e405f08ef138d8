import { Registry } from 'prom-client';
import type { MetricsService } from '@assay/ops';
import { GradingEngine, type GradableQuestion } from '@assay/grading';
import { SandboxMetrics } from './sandbox.metrics';

jest.setTimeout(30_000);

const question: GradableQuestion = {
  id: 'q',
  type: 'code',
  skill: 'javascript',
  difficulty: 1,
  points: 1,
  functionName: 'f',
  timeLimitMs: 5000,
  answerKey: { tests: [{ args: [], expected: 1 }] },
};

describe('sandbox metrics', () => {
  const engine = new GradingEngine({ codeThreads: 1 });
  afterAll(() => engine.close());

  it('shows the code threads’ memory and their recycles on the registry', async () => {
    const registry = new Registry();
    new SandboxMetrics({ registry } as MetricsService, engine).onModuleInit();

    expect(
      await engine.grade(question, { language: 'javascript', code: 'function f() { return 1 }' }),
    ).toMatchObject({ verdict: 'accepted' });
    let text = await registry.metrics();
    // One fresh module of the build's 16 MiB base, nothing recycled yet.
    expect(text).toContain('assay_sandbox_memory_bytes{sandbox="code"} 16777216');
    expect(text).toContain('assay_sandbox_recycles_total{sandbox="code",kind="module"} 0');

    const hog = await engine.grade(question, {
      language: 'javascript',
      code: "function f() { const a = []; for (;;) a.push('x'.repeat(1e6) + a.length) }",
    });
    expect(hog.verdict).toBe('memory_limit_exceeded');
    text = await registry.metrics();
    expect(text).toContain('assay_sandbox_recycles_total{sandbox="code",kind="module"} 1');
    expect(text).toContain('assay_sandbox_memory_bytes{sandbox="code"} 16777216');
    expect(text).toContain('assay_sandbox_recycles_total{sandbox="code",kind="thread"} 0');
  });
});
