/**
 * Candidates pasted or uploaded by a recruiter: a CSV with `name,email` (header optional, quotes allowed)
 * or bare email addresses, one a line. Each row is validated on its own so the recruiter sees which ones
 * would be refused before anything is sent.
 */
export interface CandidateLine {
  line: number;
  fullName: string;
  email: string;
  error: string | null;
}

const EMAIL = /^[^\s@,;"<>]+@[^\s@,;"<>]+\.[^\s@,;"<>]+$/;

/** Splits one CSV record into fields (RFC 4180 quoting: "a ""b""" is a "b"). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';' || ch === '\t') {
      out.push(field.trim());
      field = '';
    } else field += ch;
  }
  out.push(field.trim());
  return out;
}

export function parseCandidates(text: string): CandidateLine[] {
  const rows: CandidateLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const fields = csvFields(raw).filter((f) => f !== '');
    if (index === 0 && fields.some((f) => /^e-?mail$/i.test(f))) return; // a header row
    const found = fields.findIndex((f) => f.includes('@'));
    // No field looks like an address: take the usual "name,email" columns so the row says what is wrong.
    const emailAt = found >= 0 ? found : fields.length >= 2 ? 1 : 0;
    const email = (fields[emailAt] ?? '').toLowerCase();
    const fullName =
      fields
        .filter((_, i) => i !== emailAt)
        .join(' ')
        .trim() || (found >= 0 ? email.split('@')[0] : '');
    let error: string | null = null;
    if (!EMAIL.test(email)) error = 'not a valid email address';
    else if (seen.has(email)) error = 'duplicate of an earlier row';
    else if (fullName.length > 200) error = 'name is longer than 200 characters';
    if (!error) seen.add(email);
    rows.push({ line: index + 1, fullName, email, error });
  });
  return rows;
}
