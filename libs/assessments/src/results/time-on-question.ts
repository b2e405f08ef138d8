/**
 * Time a candidate spent on each question, from the take flow's `viewed` events (one each time a question
 * is shown, `data.questionId`, stamped with the server's time) and each answer's last save. A visit opens
 * at a `viewed` event and lasts until the next one; the last visit ends at that question's last save if it
 * came later, else at the end of the attempt (submission or deadline). Seconds per question, summed over
 * visits; null for every question when the attempt has no `viewed` event (older clients).
 */
export interface TimedEvent {
  type: string;
  at: Date;
  data: Record<string, unknown> | null;
}

export function timeOnQuestions(input: {
  events: readonly TimedEvent[];
  savedAt: ReadonlyMap<string, Date>;
  end: Date;
}): Map<string, number> | null {
  const views = input.events
    .filter((e) => e.type === 'viewed' && typeof e.data?.questionId === 'string')
    .map((e) => ({ questionId: e.data!.questionId as string, at: e.at.getTime() }))
    .sort((a, b) => a.at - b.at);
  if (!views.length) return null;
  const end = input.end.getTime();
  const spent = new Map<string, number>();
  views.forEach((view, i) => {
    const next = views[i + 1];
    let until = next
      ? next.at
      : Math.min(end, Math.max(view.at, input.savedAt.get(view.questionId)?.getTime() ?? end));
    until = Math.min(until, end);
    const ms = Math.max(0, until - view.at);
    spent.set(view.questionId, (spent.get(view.questionId) ?? 0) + ms);
  });
  return new Map([...spent].map(([id, ms]) => [id, Math.round(ms / 1000)]));
}
