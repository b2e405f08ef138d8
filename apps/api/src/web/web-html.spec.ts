import fc from 'fast-check';
import { escapeHtml, metaDescription, renderDocument, roleBodyHtml, type RolePageContent } from './web-html';

const TEMPLATE =
  '<html><head><title>Assay</title><meta name="description" content="x" /><!--assay:head--></head>' +
  '<body><div id="root"><!--assay:root--></div><script type="module" src="/assets/a.js"></script></body></html>';

function role(text: (field: string) => string): RolePageContent {
  return {
    slug: 'r',
    title: text('title'),
    category: text('category'),
    summary: text('summary'),
    description: text('description'),
    responsibilities: [text('responsibility')],
    levels: ['junior', 'mid', 'senior', 'lead'].map((level) => ({
      level,
      title: text(`${level} title`),
      summary: text(`${level} summary`),
      yearsOfExperience: { min: 1, max: level === 'lead' ? null : 3 },
    })),
    requirements: [
      {
        skill: { slug: 's', name: text('skill'), category: 'c' },
        importance: 4,
        description: text('requirement'),
        expectedProficiency: { junior: 0, mid: 1, senior: 3, lead: 4 },
      },
    ],
  };
}

describe('server-rendered public pages', () => {
  it('escapes every catalog string: no text can open a tag or leave an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        // Decoding gives the text back.
        const decoded = escaped
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(decoded).toBe(s);
      }),
    );
  });

  it('renders a role whose text is hostile without adding a single element or attribute', () => {
    const clean = renderDocument(
      TEMPLATE,
      { title: 't', description: 'd', url: 'u' },
      roleBodyHtml(role(() => 'x')),
    );
    const tags = (html: string) => (html.match(/<[a-z][^>]*>/gi) ?? []).length;
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        const hostile = `${s}<script>alert(1)</script><img src=x onerror=alert(1)>"'`;
        const html = renderDocument(
          TEMPLATE,
          { title: hostile, description: hostile, url: 'u' },
          roleBodyHtml(role(() => hostile)),
        );
        expect(tags(html)).toBe(tags(clean));
        expect(html).not.toContain('<script>alert');
      }),
      { numRuns: 50 },
    );
  });

  it('puts the title, levels with years and proficiency per level into the page', () => {
    const html = renderDocument(
      TEMPLATE,
      { title: 'Back-End Engineer · Assay', description: 'Builds APIs', url: 'https://a.test/roles/r' },
      roleBodyHtml(role((f) => f)),
    );
    expect(html).toContain('<title>Back-End Engineer · Assay</title>');
    expect(html).toContain('<meta name="description" content="Builds APIs" />');
    expect(html).toContain('<meta property="og:url" content="https://a.test/roles/r" />');
    expect(html).toContain('<h1>title</h1>');
    expect(html).toContain('Junior · 1–3 years');
    expect(html).toContain('Lead · 1+ years');
    expect(html).toContain('<td data-label="Senior">3 · advanced</td>');
    expect(html).toContain('<td data-label="Junior">0 · none</td>');
    expect(html).toContain('href="/signup?role=r"');
  });

  it('cuts a meta description on a word boundary', () => {
    expect(metaDescription('short text')).toBe('short text');
    const long = metaDescription('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('word…')).toBe(true);
  });
});
