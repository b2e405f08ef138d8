import { readFileSync } from 'node:fs';

/** USER_HZ on Linux: /proc reports CPU time in these ticks. */
export const TICKS_PER_SECOND = 100;

/**
 * A process's command name and CPU time so far (utime + stime, in ticks) from /proc/{pid}/stat; null where
 * the process is gone or /proc is not there.
 */
export function procStat(pid: number | string): { comm: string; ticks: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name may hold spaces and parentheses, hence the last ')'. After it, utime is the 12th field
  // and stime the 13th (the 14th and 15th of the whole line).
  const end = stat.lastIndexOf(')');
  const fields = stat.slice(end + 2).split(' ');
  return { comm: stat.slice(stat.indexOf('(') + 1, end), ticks: Number(fields[11]) + Number(fields[12]) };
}
