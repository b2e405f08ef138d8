import type { ProblemEntry } from './problem-catalogs';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Catalog text marks names with backticks; they become <code>. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function document(title: string, body: string): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} — Assay API</title></head>\n<body>\n${body}\n</body></html>\n`
  );
}

/** The page a problem's `type` URI opens: what happened, what to do. */
export function renderProblemPage(entry: ProblemEntry): string {
  return document(
    entry.title,
    `<main>\n<p><a href="./">Problem types</a></p>\n<h1>${prose(entry.title)}</h1>\n` +
      `<p>Code <code>${escapeHtml(entry.code)}</code> · HTTP ${entry.statuses.join(' or ')}</p>\n` +
      `<h2>What happened</h2>\n<p>${prose(entry.happened)}</p>\n` +
      `<h2>What to do</h2>\n<p>${prose(entry.todo)}</p>\n` +
      `<p>The response body is <code>application/problem+json</code> (RFC 9457); its <code>detail</code> ` +
      `says what went wrong in your request, and <code>instance</code> names the path.</p>\n</main>`,
  );
}

/** Every problem type of the API, grouped by the part of the product that answers it. */
export function renderProblemIndex(entries: Iterable<ProblemEntry>): string {
  const rows = [...entries]
    .map(
      (e) =>
        `<li><a href="${escapeHtml(e.code)}"><code>${escapeHtml(e.code)}</code></a> ` +
        `(${e.statuses.join(', ')}, ${escapeHtml(e.lib)}): ${prose(e.title)}</li>`,
    )
    .join('\n');
  return document(
    'Problem types',
    `<main>\n<h1>Problem types</h1>\n<p>Every error of the Assay API is an <code>application/problem+json</code> ` +
      `document whose <code>type</code> is one of these pages.</p>\n<ul>\n${rows}\n</ul>\n</main>`,
  );
}
