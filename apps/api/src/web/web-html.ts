/**
 * Server-rendered HTML for the web app's public pages, so that people without JavaScript, search engines
 * and link previews read them. Pure functions: every value from the catalog is escaped here.
 */

export interface RolePageContent {
  slug: string;
  title: string;
  category: string;
  summary: string;
  description: string;
  responsibilities: string[];
  levels: {
    level: string;
    title: string;
    summary: string;
    yearsOfExperience: { min: number; max: number | null };
  }[];
  requirements: {
    skill: { slug: string; name: string; category: string };
    importance: number;
    description: string;
    expectedProficiency: Record<string, number>;
  }[];
}

export interface RoleListEntry {
  slug: string;
  title: string;
  category: string;
  summary: string;
}

export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of the page (canonical and og:url). */
  url: string;
}

const LEVEL_ORDER = ['junior', 'mid', 'senior', 'lead'];
const LEVEL_NAMES: Record<string, string> = {
  junior: 'Junior',
  mid: 'Mid-Level',
  senior: 'Senior',
  lead: 'Lead',
};
const PROFICIENCY = ['none', 'basic', 'working', 'advanced', 'expert'];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Shortens text for a meta description (about 160 characters, on a word boundary). */
export function metaDescription(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Puts a page's head tags and body into the built index.html (its `<!--assay:…-->` markers). */
export function renderDocument(template: string, head: PageHead, bodyHtml: string): string {
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Assay" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(head.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
  ].join('\n    ');
  return template
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      () => `<meta name="description" content="${escapeHtml(head.description)}" />`,
    )
    .replace('<!--assay:head-->', () => tags)
    .replace('<!--assay:root-->', () => bodyHtml);
}

function frame(body: string): string {
  return (
    `<a class="skip-link" href="#main">Skip to content</a>` +
    `<header class="site-header"><div class="container header-row"><a class="brand" href="/">Assay</a>` +
    `<nav aria-label="Main"><ul class="nav-list"><li><a href="/">Roles</a></li></ul></nav></div></header>` +
    `<main id="main" tabindex="-1" class="container main">${body}</main>` +
    `<footer class="site-footer"><div class="container">Assay — skills assessments for engineering roles</div></footer>`
  );
}

function years(y: { min: number; max: number | null }): string {
  return y.max === null ? `${y.min}+ years` : `${y.min}–${y.max} years`;
}

/** The role page's content, the same markup the React app renders (apps/web/src/pages/role-page.tsx). */
export function roleBodyHtml(role: RolePageContent): string {
  const e = escapeHtml;
  const levels = [...role.levels].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  const levelItems = levels
    .map(
      (l) =>
        `<li class="card"><h3>${e(l.title)}</h3><p class="meta">${e(LEVEL_NAMES[l.level] ?? l.level)} · ${e(
          years(l.yearsOfExperience),
        )}</p><p>${e(l.summary)}</p></li>`,
    )
    .join('');
  const head = LEVEL_ORDER.map((l) => `<th scope="col">${LEVEL_NAMES[l]}</th>`).join('');
  const rows = role.requirements
    .map((r) => {
      const cells = LEVEL_ORDER.map((l) => {
        const v = r.expectedProficiency[l];
        return `<td data-label="${LEVEL_NAMES[l]}">${e(v)} · ${e(PROFICIENCY[v] ?? 'unknown')}</td>`;
      }).join('');
      return (
        `<tr><th scope="row"><span class="skill-name">${e(r.skill.name)}</span>` +
        `<span class="skill-desc">${e(r.description)}</span></th>` +
        `<td data-label="Importance">${e(r.importance)} of 5</td>${cells}</tr>`
      );
    })
    .join('');
  return frame(
    `<article class="role">` +
      `<p class="eyebrow">${e(role.category)}</p><h1>${e(role.title)}</h1><p class="lead">${e(role.summary)}</p>` +
      `<p><a class="button button-primary" href="/signup?role=${encodeURIComponent(role.slug)}">Create an assessment</a></p>` +
      `<section aria-labelledby="role-about"><h2 id="role-about">About the role</h2><p>${e(role.description)}</p></section>` +
      `<section aria-labelledby="role-responsibilities"><h2 id="role-responsibilities">Responsibilities</h2>` +
      `<ul class="bullets">${role.responsibilities.map((r) => `<li>${e(r)}</li>`).join('')}</ul></section>` +
      `<section aria-labelledby="role-levels"><h2 id="role-levels">Levels</h2><ol class="level-grid">${levelItems}</ol></section>` +
      `<section aria-labelledby="role-requirements"><h2 id="role-requirements">Requirements</h2>` +
      `<table class="requirements"><caption>Expected proficiency per level, from 0 (none) to 4 (expert)</caption>` +
      `<thead><tr><th scope="col">Skill</th><th scope="col">Importance</th>${head}</tr></thead>` +
      `<tbody>${rows}</tbody></table></section>` +
      `</article>`,
  );
}

/** The catalog's role list as plain links (the app adds search and filters). */
export function catalogBodyHtml(roles: RoleListEntry[]): string {
  const e = escapeHtml;
  const items = roles
    .map(
      (r) =>
        `<li class="card role-card"><p class="eyebrow">${e(r.category)}</p>` +
        `<h2><a href="/roles/${encodeURIComponent(r.slug)}">${e(r.title)}</a></h2><p>${e(r.summary)}</p></li>`,
    )
    .join('');
  return frame(
    `<section class="hero"><h1>Hire for the role, not the résumé</h1><p class="lead">Every engineering role ` +
      `with its four levels and the skills each one needs. Pick a role to see what good looks like, then ` +
      `assess candidates against it.</p></section><ul class="role-grid">${items}</ul>`,
  );
}

/** A short server-rendered message page (e.g. an unknown role). */
export function messageBodyHtml(title: string, text: string): string {
  return frame(
    `<section><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">Browse all roles</a></p></section>`,
  );
}
