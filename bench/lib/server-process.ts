import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { procStat, TICKS_PER_SECOND } from './proc-stat';

export interface ServerProcess {
  base: string;
  /** CPU time (user + system) this server process has used so far, in ms (Linux /proc; NaN elsewhere). */
  cpuMs(): number;
  /** BENCH_PROFILE=file.cpuprofile: a CPU profile of this server while `work` runs; otherwise just runs it. */
  profiled<T>(work: () => Promise<T>, suffix?: string): Promise<T>;
  /** Runs `work` and reports this server's own stalls meanwhile (GC pauses, event-loop delay). */
  withStalls<T>(work: () => Promise<T>): Promise<T & { stalls: ServerStalls }>;
  close(): Promise<void>;
}

export interface ServerStalls {
  gcPauses: number;
  gcTotalMs: number;
  gcMaxMs: number;
  gcOver10Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** The heap in use when the load ended (a figure that grows round after round is a leak). */
  heapUsedMb: number;
}

/**
 * Starts a server under test in its own Node process (bench/lib/api-child.ts, bench/lib/bare-child.ts): 'api' is the whole Assay
 * API configured from `env`, 'bare' the Fastify + pg baselines. Each comparison's servers and the load
 * generator are separate processes, so neither server's tail includes the other's garbage collection.
 */
export async function startServer(
  kind: 'api' | 'bare',
  env: Record<string, string | undefined> = {},
  /** Another checkout to compile and run instead of this one (see baselineCheckout()). */
  root = path.resolve(__dirname, '../..'),
): Promise<ServerProcess> {
  const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  // What production runs: JavaScript compiled by tsc, loaded without a compiler in the heap. BENCH_SOURCES=1
  // runs the TypeScript sources through npm start's loader instead (no build step; its heap holds the
  // TypeScript compiler and every module's source text, decision 0403).
  const fromSources = process.env.BENCH_SOURCES === '1';
  const entry = fromSources
    ? path.join(root, 'bench', 'lib', `${kind}-child.ts`)
    : path.join(compiledServers(root), 'bench', 'lib', `${kind}-child.js`);
  const child: ChildProcess = fork(entry, [], {
    cwd: root,
    env: { ...process.env, ...env },
    // BENCH_SERVER_NODE_FLAGS (e.g. --trace-gc): extra V8/Node flags for the servers under test.
    execArgv: fromSources ? [...flags, '-r', path.join(root, 'scripts/ts-register.js')] : flags,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code} before listening`)));
    child.once('message', (m: { port: number }) => resolve(m.port));
  });
  child.removeAllListeners('exit');
  const ask = <R = unknown>(message: object) =>
    new Promise<R>((resolve) => {
      child.once('message', (reply: R) => resolve(reply));
      child.send(message);
    });
  return {
    base: `http://127.0.0.1:${port}`,
    cpuMs: () => processCpuMs(child.pid),
    async profiled(work, suffix) {
      // The baseline's profile, when asked for, goes beside ours: name.bare.cpuprofile.
      const file =
        process.env.BENCH_PROFILE && suffix
          ? process.env.BENCH_PROFILE.replace(/(\.cpuprofile)?$/, `.${suffix}$1`)
          : process.env.BENCH_PROFILE;
      if (!file) return work();
      await ask({ profile: 'start' });
      try {
        return await work();
      } finally {
        await ask({ profile: 'stop', file: path.resolve(file) });
        console.log(
          `${process.env.BENCH_PROFILE_KIND === 'heap' || process.env.BENCH_PROFILE_KIND === 'promoted' ? 'Allocation' : 'CPU'} profile of the ${kind} server written to ${file}`,
        );
      }
    },
    async withStalls(work) {
      await ask({ stalls: 'start' });
      const result = await work();
      const { stalls } = await ask<{ stalls: ServerStalls }>({ stalls: 'stop' });
      return { ...result, stalls };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

const compiledDirs = new Map<string, string>();

/**
 * Compiles the servers under test once per bench run, as `npm run build` does (tsc, tsc-alias, the plain-JS
 * worker entries and catalog data), into .bench-build/ (tsconfig.bench.json: the apps, the libs and the two
 * child entries). About 8 s on the development machine.
 */
function compiledServers(root: string): string {
  const compiled = compiledDirs.get(root);
  if (compiled) return compiled;
  const out = path.join(root, '.bench-build');
  const started = Date.now();
  rmSync(out, { recursive: true, force: true });
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/copy-assets.js', '.bench-build'], { cwd: root, stdio: 'inherit' });
  console.log(`(servers compiled into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  compiledDirs.set(root, out);
  return out;
}

/**
 * BENCH_BASELINE=<git ref>: a detached checkout of that commit (in .bench-baseline/, sharing this checkout's
 * node_modules) whose API runs beside this tree's in the same run, so a change is judged against the code it
 * replaces under the same machine noise, not against a figure from another hour. The ref must have
 * tsconfig.bench.json and the same child protocol (commits from c0b8bef on). Returns its root and a cleanup.
 */
export function baselineCheckout(ref: string): { root: string; label: string; remove: () => void } {
  const root = path.resolve(__dirname, '../..');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = path.join(root, '.bench-baseline', sha.slice(0, 12));
  rmSync(dir, { recursive: true, force: true });
  git('worktree', 'prune');
  git('worktree', 'add', '--detach', '--force', dir, sha);
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    root: dir,
    label: sha.startsWith(ref) ? sha.slice(0, 7) : `${ref} (${sha.slice(0, 7)})`,
    remove: () => {
      git('worktree', 'remove', '--force', dir);
    },
  };
}

/** utime + stime of a process from /proc/{pid}/stat, in ms; NaN where /proc is not there. */
export function processCpuMs(pid: number | undefined): number {
  const stat = pid === undefined ? null : procStat(pid);
  return stat ? (stat.ticks * 1000) / TICKS_PER_SECOND : NaN;
}

/** Runs a load against `server` and adds the server's CPU time per request (µs) to its result. */
export async function withCpu<T extends { requestsPerSec?: number; achievedRate?: number }>(
  server: ServerProcess,
  work: () => Promise<T>,
  durationSec = 10,
): Promise<T & { cpuPerRequestUs: number }> {
  const before = server.cpuMs();
  const result = await work();
  const used = server.cpuMs() - before;
  const requests = (result.requestsPerSec ?? result.achievedRate ?? NaN) * durationSec;
  return { ...result, cpuPerRequestUs: (used * 1000) / requests };
}
