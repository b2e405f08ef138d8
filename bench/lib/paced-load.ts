import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PacedResult {
  requests: number;
  achievedRate: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  /** How the requests slower than 25 ms cluster: in how many 100 ms windows (by scheduled time) they fall. */
  slow: { count: number; windows: number; inWorst3Windows: number };
  /** CPU the load generator itself used, in cores (1 = one core busy the whole time): its share of the machine. */
  generatorCores: number;
  /** How late the generator itself sent requests (ms after their scheduled time): its own stalls, p99 and max. */
  sendLag: { p99: number; max: number };
}

/**
 * `rate` requests per second for `seconds`, steadily, from a child process (paced-load-child.js: open model,
 * latency from each request's scheduled time); latency percentiles in ms.
 * With `plan`, each request is the next of `plan.requests` (path appended to `url`, JSON body) instead of a GET.
 */
export function pacedLoad(
  url: string,
  rate: number,
  seconds = 10,
  plan?: { method: 'PUT' | 'POST'; requests: { path: string; body: string }[] },
): Promise<PacedResult> {
  const args = [url, String(rate), String(seconds), ...(plan ? [JSON.stringify(plan)] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'paced-load-child.js'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as PacedResult) : reject(new Error(`paced load exited ${code}`)),
    );
  });
}
