import { spawn } from 'node:child_process';

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
}

/*
 * The child's code: an open-model load at a steady rate (requests scheduled every 1/rate s, sent on a
 * keep-alive agent), latency measured from each request's scheduled time so a stalled server cannot hide
 * its queueing (no coordinated omission). autocannon's -R is not used for this: it sends each second's
 * quota in a burst, which measures a burst, not a steady rate.
 */
const CHILD = `
const http = require('node:http');
const [url, rate, seconds] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
// Optional: a method and a list of { path, body } sent in turn (one per scheduled request).
const plan = process.argv[4] ? JSON.parse(process.argv[4]) : null;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const total = Math.round(rate * seconds);
const latencies = [];
// Scheduled time of each request slower than 25 ms: a few stalls and a steady queue look the same in a p99.
const slowAt = [];
let sent = 0, done = 0, errors = 0;
const start = process.hrtime.bigint();
const now = () => Number(process.hrtime.bigint() - start) / 1e6;
function finish() {
  const s = latencies.sort((a, b) => a - b);
  const p = (q) => s.length ? Number(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)].toFixed(2)) : NaN;
  const windows = new Map();
  for (const at of slowAt) {
    const w = Math.floor(at / 100);
    windows.set(w, (windows.get(w) ?? 0) + 1);
  }
  const worst = [...windows.values()].sort((a, b) => b - a).slice(0, 3).reduce((a, b) => a + b, 0);
  const slow = { count: slowAt.length, windows: windows.size, inWorst3Windows: worst };
  process.stdout.write(JSON.stringify({ requests: done, achievedRate: done / (now() / 1000), p50: p(0.5), p90: p(0.9), p99: p(0.99), max: p(1), errors, slow }));
  process.exit(0);
}
function fire(scheduled, i) {
  const onResponse = (res) => {
    res.resume();
    res.on('end', () => { if (res.statusCode !== 200) errors++; const ms = now() - scheduled; latencies.push(ms); if (ms > 25) slowAt.push(scheduled); if (++done === total) finish(); });
  };
  let req;
  if (plan) {
    const r = plan.requests[i % plan.requests.length];
    req = http.request(url + r.path, { agent, method: plan.method, headers: { 'content-type': 'application/json' } }, onResponse);
    req.end(r.body);
  } else {
    req = http.get(url, { agent }, onResponse);
  }
  req.on('error', () => { errors++; if (++done === total) finish(); });
}
(function tick() {
  const due = Math.min(total, Math.floor((now() / 1000) * rate));
  while (sent < due) { fire((sent / rate) * 1000, sent); sent++; }
  if (sent < total) setTimeout(tick, 1);
})();
setTimeout(finish, (seconds + 30) * 1000).unref();
`;

/**
 * `rate` requests per second for `seconds`, steadily, from a child process; latency percentiles in ms.
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
    const child = spawn(process.execPath, ['-e', CHILD, ...args], {
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
