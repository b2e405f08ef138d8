import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Webhook URL safety (SSRF): a URL is refused when its host is, or resolves to, an address that is not
 * on the public internet — loopback, private, link-local (including the 169.254.169.254 cloud metadata
 * service), carrier-grade NAT, multicast, reserved or documentation ranges, in IPv4 and IPv6, and IPv6
 * forms that embed such an IPv4 address. Checked at registration and, by the delivery code, again at
 * send time (DNS can change between the two: deliver to the `addresses` checked, not to a fresh lookup).
 */

interface Range {
  base: bigint;
  bits: number;
  reason: string;
}

const V4_BLOCKED: [string, number, string][] = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local or cloud metadata address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a 6to4 relay address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved or broadcast address'],
];

const V6_BLOCKED: [string, number, string][] = [
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['64:ff9b:1::', 48, 'a local NAT64 address'],
  ['100::', 64, 'a discard-only address'],
  ['2001::', 32, 'a Teredo address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['2002::', 16, 'a 6to4 address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address that must itself be public. */
const V6_EMBEDDING_V4: [string, number][] = [
  ['::ffff:0:0', 96], // IPv4-mapped
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b::', 96], // NAT64
];

function ranges(list: [string, number, string][], parse: (a: string) => bigint): Range[] {
  return list.map(([base, bits, reason]) => ({ base: parse(base), bits, reason }));
}

function parseV4(address: string): bigint {
  const parts = address.split('.').map(Number);
  return parts.reduce((acc, part) => (acc << 8n) | BigInt(part), 0n);
}

/** 128-bit value of an IPv6 address (with `::` and an optional dotted IPv4 tail). */
function parseV6(address: string): bigint {
  let text = address.split('%')[0].toLowerCase();
  let tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = Number(parseV4(dotted[2]));
    tail = [v4 >>> 16, v4 & 0xffff];
    text = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const zeros = rest === undefined ? 0 : 8 - tail.length - left.length - right.length;
  const groups = [...left, ...Array<string>(Math.max(0, zeros)).fill('0'), ...right].map((g) =>
    parseInt(g, 16),
  );
  return [...groups, ...tail].reduce((acc, g) => (acc << 16n) | BigInt(g & 0xffff), 0n);
}

const V4_RANGES = ranges(V4_BLOCKED, parseV4);
const V6_RANGES = ranges(V6_BLOCKED, parseV6);
const V6_EMBEDDED = V6_EMBEDDING_V4.map(([base, bits]) => ({ base: parseV6(base), bits }));

function inRange(value: bigint, base: bigint, bits: number, width: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === base >> shift;
}

/** Why `address` (an IP literal) must not receive webhooks, or null when it is a public address. */
export function blockedAddressReason(address: string): string | null {
  const plain = address.replace(/^\[|\]$/g, '').split('%')[0];
  const family = isIP(plain);
  if (family === 4) {
    const value = parseV4(plain);
    return V4_RANGES.find((r) => inRange(value, r.base, r.bits, 32))?.reason ?? null;
  }
  if (family === 6) {
    const value = parseV6(plain);
    // Embedded forms first: ::ffff:127.0.0.1 is loopback, ::ffff:8.8.8.8 is as public as 8.8.8.8.
    for (const e of V6_EMBEDDED) {
      if (inRange(value, e.base, e.bits, 128) && value !== 0n && value !== 1n) {
        const v4 = Number(value & 0xffffffffn);
        const dotted = [v4 >>> 24, (v4 >>> 16) & 255, (v4 >>> 8) & 255, v4 & 255].join('.');
        return blockedAddressReason(dotted);
      }
    }
    return V6_RANGES.find((r) => inRange(value, r.base, r.bits, 128))?.reason ?? null;
  }
  return 'not an IP address';
}

export type HostResolver = (hostname: string) => Promise<string[]>;

const RESOLVE_TIMEOUT_MS = 5_000;

/** Every address the system resolver gives for `hostname` (IPv4 and IPv6), with a time limit. */
export const systemResolver: HostResolver = async (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  try {
    const found = await Promise.race([
      lookup(hostname, { all: true, verbatim: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('DNS lookup timed out')), RESOLVE_TIMEOUT_MS);
      }),
    ]);
    return found.map((a) => a.address);
  } finally {
    clearTimeout(timer);
  }
};

export interface WebhookUrlPolicy {
  /** Allow http:// (development); otherwise https:// only. */
  allowHttp: boolean;
  /** Skip the address check (development against local receivers). */
  allowPrivate: boolean;
  resolve?: HostResolver;
}

export type WebhookUrlVerdict = { ok: true; url: URL; addresses: string[] } | { ok: false; reason: string };

/** Decides whether `raw` may receive webhooks; resolves its host and checks every address. */
export async function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): Promise<WebhookUrlVerdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'url is not a valid absolute URL' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    return { ok: false, reason: policy.allowHttp ? 'url must use http or https' : 'url must use https' };
  }
  if (url.username || url.password) return { ok: false, reason: 'url must not contain credentials' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return { ok: false, reason: 'url has no host' };

  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    if (!policy.allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
      return { ok: false, reason: 'url host is a loopback address' };
    }
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch {
      return { ok: false, reason: 'url host does not resolve' };
    }
    if (!addresses.length) return { ok: false, reason: 'url host does not resolve' };
  }
  if (!policy.allowPrivate) {
    for (const address of addresses) {
      const reason = blockedAddressReason(address);
      if (reason) return { ok: false, reason: `url host resolves to ${reason}` };
    }
  }
  return { ok: true, url, addresses };
}
