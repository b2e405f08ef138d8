/** RFC 9110 §13.1.2: If-None-Match matches on `*` or any listed tag, compared weakly (W/ ignored). */
export function ifNoneMatchHits(header: string | undefined, ...etags: string[]): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = new Set(etags.map(bare));
  return header.split(',').some((tag) => tag.trim() === '*' || current.has(bare(tag)));
}
