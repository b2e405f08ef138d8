/** Small formatting helpers shared by the console's pages. */
export function pct(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}

export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m} min ${s} s` : `${s} s`;
}

export const STATUS_LABELS: Record<string, string> = {
  invited: 'Invited',
  in_progress: 'In progress',
  submitted: 'Submitted',
  graded: 'Graded',
  expired: 'Expired',
  revoked: 'Revoked',
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
  archived: 'Archived',
};

export const TYPE_LABELS: Record<string, string> = {
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  numeric: 'Numeric',
  short_text: 'Short text',
  code: 'Code',
  sql: 'SQL',
  essay: 'Essay',
};
