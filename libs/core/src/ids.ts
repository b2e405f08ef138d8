import { randomBytes, randomUUID } from 'node:crypto';
import { validate, version } from 'uuid';

// Three hex digits for each 12-bit sequence value.
const HEX3 = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(3, '0'));
let lastMs = -Infinity;
let sequence = 0;
// The time part, rebuilt once per millisecond.
let timePrefix = '';

/**
 * Time-ordered UUIDs (v7, RFC 9562): index-friendly primary keys that still reveal nothing guessable.
 * 48 bits of milliseconds, a 12-bit sequence (random start each millisecond, then counting, so ids made by
 * this process sort in the order they were made, which the audit log's order relies on), and 62 random bits.
 * Built from one `randomUUID()` string (Node keeps a batch of entropy for it): no typed arrays per id, as the
 * uuid package allocates; this runs on every autosave and request id (decision 0403).
 */
export function newId(): string {
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx, V already the RFC variant
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    timePrefix = prefixFor(now);
    // The lower half of the range, so counting on within the millisecond rarely runs out.
    sequence = parseInt(random.slice(15, 18), 16) & 0x7ff;
  } else if (++sequence > 0xfff) {
    // 4,096 ids within one millisecond (or a clock that stepped back): carry on in the next one.
    lastMs++;
    sequence = 0;
    timePrefix = prefixFor(lastMs);
  }
  return timePrefix + HEX3[sequence] + random.slice(18);
}

function prefixFor(ms: number): string {
  const time = ms.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7`;
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && validate(value) && version(value) > 0;
}

/** URL-safe random token with `bytes` bytes of entropy (default 32 = 256 bits). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
