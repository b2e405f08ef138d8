'use strict';
/*
 * How a code answer's result is compared with a test's `expected`. Plain CommonJS because the
 * code-sandbox worker thread loads it by path; code-compare.d.ts types it for the specs.
 *
 * - Arrays are compared in order, objects by key set regardless of key order.
 * - Numbers: -0 equals 0 and NaN equals NaN (JSON cannot tell them apart anyway); no tolerance.
 * - undefined is distinct from null; an object property holding undefined counts as absent (as in JSON).
 * - A Date is its ISO string, a Map an array of [key, value] entries, a Set and a typed array plain arrays.
 * - A BigInt equals a number of the same safe-integer value; functions and symbols equal nothing.
 */

const UNDEFINED = Object.freeze({ toString: () => 'undefined' });

class Opaque {
  constructor(kind) {
    this.kind = kind;
  }
}

const TAG = '\u0000';

/** JSON text from the VM encoder back to a value (tags become NaN, undefined, BigInt…). */
function decodeResult(json) {
  return JSON.parse(json, (_key, value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, TAG)) {
      return value;
    }
    switch (value[TAG]) {
      case 'NaN':
        return NaN;
      case 'Infinity':
        return Infinity;
      case '-Infinity':
        return -Infinity;
      case 'undefined':
        return UNDEFINED;
      case 'bigint':
        try {
          return BigInt(value.v);
        } catch {
          return new Opaque('bigint');
        }
      case 'Map':
      case 'Set':
        return Array.isArray(value.v) ? value.v : [];
      default:
        return new Opaque(String(value[TAG]));
    }
  });
}

function isUndefined(value) {
  return value === undefined || value === UNDEFINED;
}

function compareValues(actual, expected, depth = 0) {
  if (depth > 200) return false;
  if (isUndefined(actual)) return isUndefined(expected);
  if (typeof actual === 'number') {
    return (
      typeof expected === 'number' && (actual === expected || (actual !== actual && expected !== expected))
    );
  }
  if (typeof actual === 'bigint') {
    if (typeof expected === 'bigint') return actual === expected;
    return typeof expected === 'number' && Number.isSafeInteger(expected) && BigInt(expected) === actual;
  }
  if (actual === null || typeof actual !== 'object') return actual === expected;
  if (actual instanceof Opaque) return false;
  if (Array.isArray(actual)) {
    if (!Array.isArray(expected) || expected.length !== actual.length) return false;
    for (let i = 0; i < actual.length; i++) {
      if (!compareValues(actual[i], expected[i], depth + 1)) return false;
    }
    return true;
  }
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return false;
  const actualKeys = Object.keys(actual).filter((k) => !isUndefined(actual[k]));
  const expectedKeys = Object.keys(expected).filter((k) => !isUndefined(expected[k]));
  if (actualKeys.length !== expectedKeys.length) return false;
  for (const key of actualKeys) {
    if (!Object.hasOwn(expected, key) || !compareValues(actual[key], expected[key], depth + 1)) return false;
  }
  return true;
}

/** A short JSON-like text of a value for reports (values themselves may not be JSON: NaN, undefined). */
function preview(value, max = 1024) {
  let text;
  try {
    text = JSON.stringify(value, (_key, v) => {
      if (v === UNDEFINED) return 'undefined';
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      if (typeof v === 'bigint') return `${v}n`;
      if (v instanceof Opaque) return `[${v.kind}]`;
      return v;
    });
  } catch {
    text = undefined;
  }
  if (text === undefined) text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

module.exports = { compareValues, decodeResult, preview, UNDEFINED };
