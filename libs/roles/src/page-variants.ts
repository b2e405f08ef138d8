import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One published role page, rendered once: the JSON text, its compressed forms and their strong ETags. */
export interface PageVariants {
  body: string;
  /** The identity representation's ETag; the compressed ones add `-br` / `-gz` inside the quotes. */
  etag: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  etagBr: string;
  etagGzip: string;
}

/** Builds every representation of a page once per published version (compression at the highest level). */
export function pageVariants(body: string): PageVariants {
  const tag = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const identity = Buffer.from(body, 'utf8');
  return {
    body,
    etag: `"${tag}"`,
    identity,
    br: brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzip: gzipSync(identity, { level: 9 }),
    etagBr: `"${tag}-br"`,
    etagGzip: `"${tag}-gz"`,
  };
}

export type PageEncoding = 'br' | 'gzip' | 'identity';

/**
 * The representation to send for an Accept-Encoding header (RFC 9110 §12.5.3): br, then gzip, then identity,
 * among the codings the client accepts with a non-zero q (`*` stands for any coding not named). Pure.
 */
export function chooseEncoding(header: string | undefined): PageEncoding {
  if (!header) return 'identity';
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k === 'q') weight = Number(v);
    }
    q.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || (q.get('x-gzip') ?? 0) > 0) return 'gzip';
  return 'identity';
}
