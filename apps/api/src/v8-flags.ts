import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags every API process runs with, set by `applyApiV8Flags()` when the app is built (docs/decisions/
 * 0404-no-allocation-site-pretenuring.md), so that the production entrypoint, `npm start`, the bench and the
 * e2e tests all run the API as deployed.
 *
 * `--no-allocation-site-pretenuring`: V8 watches which object literals' objects outlive a scavenge and, when
 * most do, allocates that literal's later objects straight in the old generation. Slow requests (an attempt's
 * start) taught it that about the HTTP and request objects every request makes; afterwards the
 * short-lived objects of every autosave are born old, the young objects they point to are kept alive by the
 * old-to-new remembered set until the next mark-compact, and each scavenge copied and promoted ~2.6 MB
 * instead of ~40 KB (10–18 ms pauses instead of 1–2 ms), which is where the autosave's tail came from.
 */
export const API_V8_FLAGS: readonly string[] = ['--no-allocation-site-pretenuring'];

/**
 * Sets API_V8_FLAGS in this process. Set at start, before any request, it had the command-line flag's effect
 * in the measurements (decision 0404), and v8.cachedDataVersionTag(), a hash of V8's flags, is then the same
 * as a process started with it (v8-flags.spec.ts). Idempotent.
 */
export function applyApiV8Flags(): void {
  for (const flag of API_V8_FLAGS) setFlagsFromString(flag);
}
