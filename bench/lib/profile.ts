import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/**
 * BENCH_PROFILE=file.cpuprofile: a CPU profile of this process while `work` runs (only the measured load,
 * not the set-up or TypeScript compilation that `node --cpu-prof` would mostly show). Open it in Chrome DevTools.
 */
export async function profiled<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return work();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`CPU profile written to ${file}`);
  }
}
