'use strict';
/*
 * An idle process beside a load (machine-activity.ts): it only wakes every millisecond and notes how late it
 * woke. It allocates next to nothing and has no I/O, so a late wake-up here is the machine's (cores busy with
 * the load generator, PostgreSQL, the server under test, the kernel), not a garbage collection or a slow
 * handler: it separates the stalls a server causes itself from those every process on the machine sees.
 * On 'stop' it answers { maxMs, over10, over25, stalledMs } and exits.
 */
const { performance } = require('node:perf_hooks');

const INTERVAL_MS = 1;
let last = performance.now();
let maxMs = 0;
let over10 = 0;
let over25 = 0;
let stalledMs = 0;
const timer = setInterval(() => {
  const now = performance.now();
  const late = now - last - INTERVAL_MS;
  last = now;
  if (late > maxMs) maxMs = late;
  if (late > 10) over10++;
  if (late > 25) {
    over25++;
    stalledMs += late;
  }
}, INTERVAL_MS);

process.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  process.send({ maxMs, over10, over25, stalledMs }, () => process.exit(0));
});
process.send('ready');
