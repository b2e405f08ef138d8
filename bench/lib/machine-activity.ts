import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';

/** What the machine and PostgreSQL did while a load ran: the shared causes of a tail both servers see. */
export interface MachineActivity {
  /** Share of all cores busy (user, system, irq, steal), from /proc/stat; NaN where /proc is not there. */
  cpuBusyPct: number;
  /** Share of time the hypervisor gave this machine's cores to another guest. */
  cpuStealPct: number;
  walMb: number;
  /** Times a backend found the WAL buffers full and had to write WAL itself before going on. */
  walBuffersFull: number;
  /** Checkpoints started (timed or requested): each one makes the next write of every page a full-page image. */
  checkpoints: number;
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
  const [cpu0, pg0] = [cpuTicks(), await pgCounters(db)];
  const result = await work();
  const [cpu1, pg1] = [cpuTicks(), await pgCounters(db)];
  const total = cpu1.total - cpu0.total;
  return {
    ...result,
    machine: {
      cpuBusyPct: (100 * (cpu1.busy - cpu0.busy)) / total,
      cpuStealPct: (100 * (cpu1.steal - cpu0.steal)) / total,
      walMb: (pg1.walBytes - pg0.walBytes) / 1e6,
      walBuffersFull: pg1.walBuffersFull - pg0.walBuffersFull,
      checkpoints: pg1.checkpoints - pg0.checkpoints,
    },
  };
}
