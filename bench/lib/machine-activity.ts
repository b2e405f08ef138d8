import { fork } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from 'pg';
import { procStat, TICKS_PER_SECOND } from './proc-stat';

/** What the machine and PostgreSQL did while a load ran: the shared causes of a tail both servers see. */
export interface MachineActivity {
  /** Share of all cores busy (user, system, irq, steal), from /proc/stat; NaN where /proc is not there. */
  cpuBusyPct: number;
  /** CPU used by PostgreSQL's processes (backends, WAL writer, checkpointer...), in cores. */
  postgresCores: number;
  /** Share of time the hypervisor gave this machine's cores to another guest. */
  cpuStealPct: number;
  walMb: number;
  /** Times a backend found the WAL buffers full and had to write WAL itself before going on. */
  walBuffersFull: number;
  /** Checkpoints started (timed or requested): each one makes the next write of every page a full-page image. */
  checkpoints: number;
  /**
   * PostgreSQL's statements sampled every 10 ms (pg_stat_activity, this database): how many were waiting for
   * the WAL to reach the disk at a commit (WALWrite, WALSync) on average, and the longest-running statement seen,
   * in ms (a commit that waits on a slow fsync shows here as a long statement).
   */
  walFlushWaiting: number;
  longestStatementMs: number;
  /**
   * An idle process's wake-ups meanwhile (canary-child.js): its longest lateness and how many wake-ups were over
   * 10 and 25 ms late. Stalls it sees are the machine's, which every process on it suffers.
   */
  idle: IdleStalls;
}

export interface IdleStalls {
  maxMs: number;
  over10: number;
  over25: number;
  /** Lateness summed over the wake-ups more than 25 ms late. */
  stalledMs: number;
}

/** Starts the idle canary process; the function it returns stops it and gives its stalls. */
async function startCanary(): Promise<() => Promise<IdleStalls>> {
  const child = fork(path.join(__dirname, 'canary-child.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('message', () => resolve());
  });
  return () =>
    new Promise<IdleStalls>((resolve) => {
      child.once('message', (stalls: IdleStalls) => resolve(stalls));
      child.send('stop');
    });
}

/** Samples pg_stat_activity until stopped; see MachineActivity.walFlushWaiting. */
function sampleStatements(db: Pool): () => Promise<{ walFlushWaiting: number; longestStatementMs: number }> {
  let stopped = false;
  let samples = 0;
  let waiting = 0;
  let longest = 0;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await db.query<{ flushing: number; longest: number | null }>(
        `SELECT count(*) FILTER (WHERE wait_event IN ('WALWrite', 'WALSync'))::int AS flushing,
                max(extract(epoch FROM clock_timestamp() - query_start) * 1000)::float8 AS longest
           FROM pg_stat_activity
          WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      samples++;
      waiting += rows[0].flushing;
      longest = Math.max(longest, rows[0].longest ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { walFlushWaiting: samples ? waiting / samples : NaN, longestStatementMs: longest };
  };
}

function cpuTicks(): { busy: number; steal: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    // cpu user nice system idle iowait irq softirq steal guest guest_nice
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = user + nice + system + idle + iowait + irq + softirq + steal;
    return { busy: total - idle - iowait, steal, total };
  } catch {
    return { busy: NaN, steal: NaN, total: NaN };
  }
}

/** utime + stime of each process named `comm`, by pid, in ticks (Linux /proc; empty elsewhere). */
function cpuTicksOf(comm: string): Map<string, number> {
  const ticks = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    const stat = procStat(pid); // null: exited meanwhile
    if (stat?.comm === comm) ticks.set(pid, stat.ticks);
  }
  return ticks;
}

/**
 * CPU seconds the processes named `comm` used between two snapshots: those alive at the end, from their
 * first snapshot (or their start). A process that exited meanwhile (an idle pool connection closing) is left
 * out rather than counted negative, so this can under-count a little.
 */
function cpuSecondsBetween(before: Map<string, number>, after: Map<string, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks / TICKS_PER_SECOND;
}

async function pgCounters(
  db: Pool,
): Promise<{ walBytes: number; walBuffersFull: number; checkpoints: number }> {
  const { rows } = await db.query<{ wal_bytes: string; wal_buffers_full: string; checkpoints: string }>(
    `SELECT w.wal_bytes, w.wal_buffers_full, b.checkpoints_timed + b.checkpoints_req AS checkpoints
       FROM pg_stat_wal w, pg_stat_bgwriter b`,
  );
  return {
    walBytes: Number(rows[0].wal_bytes),
    walBuffersFull: Number(rows[0].wal_buffers_full),
    checkpoints: Number(rows[0].checkpoints),
  };
}

/** Runs `work` and reports the machine's CPU and PostgreSQL's WAL activity meanwhile. */
export async function withMachineActivity<T>(
  db: Pool,
  work: () => Promise<T>,
): Promise<T & { machine: MachineActivity }> {
  const stopCanary = await startCanary();
  const [cpu0, pg0, pgCpu0, t0] = [cpuTicks(), await pgCounters(db), cpuTicksOf('postgres'), Date.now()];
  const stopSampling = sampleStatements(db);
  const result = await work().catch(async (error: unknown) => {
    await stopSampling();
    await stopCanary();
    throw error;
  });
  const statements = await stopSampling();
  const idle = await stopCanary();
  const [cpu1, pg1, pgCpu1, t1] = [cpuTicks(), await pgCounters(db), cpuTicksOf('postgres'), Date.now()];
  const total = cpu1.total - cpu0.total;
  return {
    ...result,
    machine: {
      cpuBusyPct: (100 * (cpu1.busy - cpu0.busy)) / total,
      cpuStealPct: (100 * (cpu1.steal - cpu0.steal)) / total,
      postgresCores: cpuSecondsBetween(pgCpu0, pgCpu1) / ((t1 - t0) / 1000),
      walMb: (pg1.walBytes - pg0.walBytes) / 1e6,
      walBuffersFull: pg1.walBuffersFull - pg0.walBuffersFull,
      checkpoints: pg1.checkpoints - pg0.checkpoints,
      ...statements,
      idle,
    },
  };
}
