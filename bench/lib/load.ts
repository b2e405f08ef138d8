import { spawn } from 'node:child_process';
import path from 'node:path';

export interface LoadResult {
  label: string;
  requestsPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  connections?: number;
  durationSec?: number;
  /** Fixed total request rate (req/s) instead of as fast as possible. */
  rate?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Runs autocannon in a child process, so the load generator does not steal the event loop of the server
 * under test (both servers of a comparison run in this process and pay the same).
 */
export function load(label: string, url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const bin = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');
  const args = ['-j', '-c', String(options.connections ?? 50), '-d', String(options.durationSec ?? 10)];
  if (options.rate) args.push('-R', String(options.rate));
  if (options.method) args.push('-m', options.method);
  for (const [k, v] of Object.entries(options.headers ?? {})) args.push('-H', `${k}=${v}`);
  if (options.body) args.push('-b', options.body);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out);
      resolve({
        label,
        requestsPerSec: r.requests.average,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n## ${title}`);
  console.table(rows);
}

export function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : String(n);
}

export interface PerClientRequest {
  path: string;
  body?: string;
}

/** Like load(), with each connection cycling through its own list of requests (e.g. one candidate each). */
export function loadPerClient(
  label: string,
  url: string,
  requestsPerClient: PerClientRequest[][],
  options: LoadOptions & { method: string },
): Promise<LoadResult> {
  const runner = path.join(__dirname, 'autocannon-runner.js');
  const config = {
    url,
    connections: options.connections ?? 50,
    duration: options.durationSec ?? 10,
    rate: options.rate,
    method: options.method,
    headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
    requestsPerClient,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      const r = JSON.parse(out);
      resolve({
        label,
        requestsPerSec: r.requests.average,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}
