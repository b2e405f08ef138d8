/**
 * Polls `probe` until `done` accepts its value or `timeoutMs` passes, and returns the last value — the test
 * then asserts on it, so a timeout fails with the real value rather than a timing assertion.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (v: T) => boolean,
  timeoutMs = 60_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, intervalMs));
    value = await probe();
  }
  return value;
}
