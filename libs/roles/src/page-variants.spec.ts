import fc from 'fast-check';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, pageVariants } from './page-variants';

describe('pageVariants', () => {
  it('compresses the same body and tags each representation apart', () => {
    const body = JSON.stringify({ slug: 'back-end-engineer', text: 'é'.repeat(2000) });
    const v = pageVariants(body);
    expect(v.identity.toString('utf8')).toBe(body);
    expect(brotliDecompressSync(v.br).toString('utf8')).toBe(body);
    expect(gunzipSync(v.gzip).toString('utf8')).toBe(body);
    expect(v.br.length).toBeLessThan(v.identity.length / 10);
    expect(new Set([v.etag, v.etagBr, v.etagGzip]).size).toBe(3);
    for (const tag of [v.etag, v.etagBr, v.etagGzip]) expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(pageVariants(body).etag).toBe(v.etag);
    expect(pageVariants(body + ' ').etag).not.toBe(v.etag);
  });
});

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip;q=0.5', 'gzip'],
    ['identity', 'identity'],
    ['GZIP;Q=1', 'gzip'],
    ['deflate', 'identity'],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('never picks a coding the header refuses, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const chosen = chooseEncoding(header);
        expect(['br', 'gzip', 'identity']).toContain(chosen);
        if (!header.toLowerCase().includes('br') && !header.includes('*')) expect(chosen).not.toBe('br');
      }),
    );
  });
});
