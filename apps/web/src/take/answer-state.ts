/** Whether a response counts as answered (for the navigator and the submit check). */
export function isAnswered(type: string, response: unknown, starterCode?: string): boolean {
  if (response === null || typeof response !== 'object') return false;
  const r = response as Record<string, unknown>;
  switch (type) {
    case 'single_choice':
      return typeof r.optionId === 'string';
    case 'multiple_choice':
      return Array.isArray(r.optionIds) && r.optionIds.length > 0;
    case 'numeric':
      return typeof r.value === 'number';
    case 'code':
      return typeof r.code === 'string' && r.code.trim() !== '' && r.code !== starterCode;
    case 'sql':
      return typeof r.query === 'string' && r.query.trim() !== '';
    default:
      return typeof r.text === 'string' && r.text.trim() !== '';
  }
}

/** Time left as m:ss or h:mm:ss, never negative. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
