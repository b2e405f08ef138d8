import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { PerformanceObserver, monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/*
 * The child side of server-process.ts: one server under test in its own process (api-child.ts, bare-child.ts),
 * as in production: its heap, GC pauses and event loop are its own, not shared with the other server of a
 * comparison or the harness. Tells the parent its port over IPC; answers { profile: 'start' | 'stop', file }
 * for a CPU (or, with BENCH_PROFILE_KIND=heap, allocation) profile of the measured load only, and
 * { stalls: 'start' | 'stop' } with its GC pauses and event-loop delay meanwhile; exits when the parent
 * disconnects.
 */

export interface Listening {
  port: number;
  close: () => Promise<void>;
}

export async function serveUnderTest(start: () => Promise<Listening>): Promise<void> {
  const listening = await start();
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<{ profile?: unknown }>((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result as { profile?: unknown }))),
    );
  // Stalls inside this process while a load runs: garbage-collection pauses and event-loop delay.
  let pauses: number[] = [];
  let loop: IntervalHistogram | undefined;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  process.on('message', (message: { stalls?: 'start' | 'stop' }) => {
    if (message.stalls === 'start') {
      pauses = [];
      loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
      gc.observe({ entryTypes: ['gc'] });
      process.send?.({ stalls: 'started' });
    } else if (message.stalls === 'stop') {
      gc.disconnect();
      loop?.disable();
      const sorted = [...pauses].sort((a, b) => a - b);
      process.send?.({
        stalls: {
          gcPauses: sorted.length,
          gcTotalMs: sorted.reduce((a, b) => a + b, 0),
          gcMaxMs: sorted.at(-1) ?? 0,
          gcOver10Ms: sorted.filter((d) => d > 10).length,
          loopDelayP99Ms: (loop?.percentile(99) ?? 0) / 1e6,
          loopDelayMaxMs: (loop?.max ?? 0) / 1e6,
          heapUsedMb: process.memoryUsage().heapUsed / 1e6,
        },
      });
    }
  });
  // BENCH_PROFILE_KIND=heap: a sampling allocation profile (every allocation, collected or not) instead of CPU;
  // =promoted: the same, keeping only the objects that outlived the young generation.
  const heap = process.env.BENCH_PROFILE_KIND === 'heap' || process.env.BENCH_PROFILE_KIND === 'promoted';
  const postWith = (method: string, params: object) =>
    new Promise<void>((resolve, reject) =>
      session.post(method, params, (err) => (err ? reject(err) : resolve())),
    );
  process.on('message', (message: { profile?: 'start' | 'stop'; file?: string }) => {
    const done = (): void => void process.send?.({ profiled: message.profile });
    if (message.profile === 'start') {
      const started = heap
        ? post('HeapProfiler.enable').then(() =>
            postWith('HeapProfiler.startSampling', {
              samplingInterval: 1024,
              includeObjectsCollectedByMajorGC: true,
              // Promoted: only what outlived the young generation (then collected by a mark-compact, or alive).
              includeObjectsCollectedByMinorGC: process.env.BENCH_PROFILE_KIND !== 'promoted',
            }),
          )
        : post('Profiler.enable').then(() => post('Profiler.start'));
      void started.then(done);
    } else if (message.profile === 'stop') {
      void post(heap ? 'HeapProfiler.stopSampling' : 'Profiler.stop').then(({ profile }) => {
        writeFileSync(message.file as string, JSON.stringify(profile));
        done();
      });
    }
  });
  process.on('disconnect', () => {
    void listening.close().finally(() => process.exit(0));
  });
  process.send?.({ port: listening.port });
}
