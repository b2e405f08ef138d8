/**
 * PostgreSQL stores no U+0000 in `text` or `jsonb` ("unsupported Unicode escape sequence"), so a JSON body or
 * a content file carrying one would fail at the database as a 500. Returns the path of the first string (or
 * object key) that holds one, `(body)` for the value itself, or null when there is none. Iterative, so a
 * deeply nested value cannot overflow the stack.
 */
export function findNulCharacter(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path || '(body)';
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push([child, path ? `${path}[${i}]` : `[${i}]`]));
      continue;
    }
    for (const [key, child] of Object.entries(v)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return path || '(body)';
      stack.push([child, childPath]);
    }
  }
  return null;
}
