'use strict';
/*
 * Child-process load generator for paced-load.ts: an open-model load at a steady rate (a request scheduled
 * every 1/rate s), latency measured from each request's scheduled time, so a stalled server cannot hide its
 * queue (no coordinated omission). autocannon's -R is not used: it sends each second's quota in a burst.
 *
 * HTTP/1.1 over plain keep-alive sockets with each request's bytes built once and a minimal response reader
 * (status line, Content-Length, body): on a two-core machine the generator shares the cores with the server
 * and PostgreSQL, and node:http's client cost about 0.3 of a core at 3,000 req/s (decision 0403).
 *
 * argv: url, rate, seconds, and optionally a JSON plan { method, requests: [{ path, body }] } sent in turn.
 * Prints one JSON result on stdout.
 */
const net = require('node:net');

const [url, rate, seconds] = [new URL(process.argv[2]), Number(process.argv[3]), Number(process.argv[4])];
const plan = process.argv[5] ? JSON.parse(process.argv[5]) : null;
const MAX_SOCKETS = 256;

const head = (method, path, body) =>
  `${method} ${path} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: keep-alive\r\n` +
  (body === undefined
    ? '\r\n'
    : `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
const base = url.pathname.replace(/\/$/, '');
const wire = plan
  ? plan.requests.map((r) => Buffer.from(head(plan.method, base + r.path, r.body)))
  : [Buffer.from(head('GET', url.pathname + url.search))];

const total = Math.round(rate * seconds);
const latencies = [];
const lags = [];
// Scheduled time of each request slower than 25 ms: a few stalls and a steady queue look the same in a p99.
const slowAt = [];
let sent = 0;
let done = 0;
let errors = 0;
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const now = () => Number(process.hrtime.bigint() - start) / 1e6;

const idle = [];
const waiting = []; // scheduled requests with no free socket yet
let open = 0;

function record(scheduled, ok) {
  const ms = now() - scheduled;
  latencies.push(ms);
  if (ms > 25) slowAt.push(scheduled);
  if (!ok) errors++;
  if (++done === total) finish();
}

function connect() {
  open++;
  const socket = net.connect(Number(url.port), url.hostname);
  socket.setNoDelay(true);
  socket.inFlight = null; // { scheduled } of the request on this socket
  let buffered = Buffer.alloc(0);
  let expect = -1; // bytes of the whole response once its head is read
  let status = 0;
  socket.on('data', (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    for (;;) {
      if (expect < 0) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const text = buffered.toString('latin1', 0, end);
        status = Number(text.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(text);
        if (!length) throw new Error(`a response without Content-Length: ${text.slice(0, 200)}`);
        expect = end + 4 + Number(length[1]);
      }
      if (buffered.length < expect) return;
      buffered = buffered.subarray(expect);
      expect = -1;
      const { scheduled } = socket.inFlight;
      socket.inFlight = null;
      record(scheduled, status === 200);
      release(socket);
      if (!buffered.length) return;
    }
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    open--;
    const i = idle.indexOf(socket);
    if (i >= 0) idle.splice(i, 1);
    if (socket.inFlight) record(socket.inFlight.scheduled, false);
    socket.inFlight = null;
  });
  return socket;
}

function send(socket, scheduled, i) {
  socket.inFlight = { scheduled };
  socket.write(wire[i % wire.length]);
}

function release(socket) {
  const next = waiting.shift();
  if (next) send(socket, next.scheduled, next.i);
  else idle.push(socket);
}

function fire(scheduled, i) {
  lags.push(now() - scheduled);
  const socket = idle.pop() ?? (open < MAX_SOCKETS ? connect() : null);
  if (socket) send(socket, scheduled, i);
  else waiting.push({ scheduled, i });
}

function percentile(sorted, q) {
  return sorted.length
    ? Number(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)].toFixed(2))
    : NaN;
}

function finish() {
  const elapsed = now();
  const s = latencies.sort((a, b) => a - b);
  const windows = new Map();
  for (const at of slowAt) {
    const w = Math.floor(at / 100);
    windows.set(w, (windows.get(w) ?? 0) + 1);
  }
  const worst = [...windows.values()]
    .sort((a, b) => b - a)
    .slice(0, 3)
    .reduce((a, b) => a + b, 0);
  const cpu = process.cpuUsage(cpu0);
  lags.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      requests: done,
      achievedRate: done / (elapsed / 1000),
      p50: percentile(s, 0.5),
      p90: percentile(s, 0.9),
      p99: percentile(s, 0.99),
      max: percentile(s, 1),
      errors,
      slow: { count: slowAt.length, windows: windows.size, inWorst3Windows: worst },
      generatorCores: (cpu.user + cpu.system) / 1000 / elapsed,
      sendLag: { p99: percentile(lags, 0.99), max: percentile(lags, 1) },
    }),
  );
  process.exit(0);
}

(function tick() {
  const due = Math.min(total, Math.floor((now() / 1000) * rate));
  while (sent < due) {
    fire((sent / rate) * 1000, sent);
    sent++;
  }
  if (sent < total) setTimeout(tick, 1);
})();
setTimeout(finish, (seconds + 30) * 1000).unref();
