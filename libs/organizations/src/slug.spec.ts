import { firstFreeSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Acme Hiring', 'acme-hiring'],
    ['  Café Überweg & Söhne GmbH ', 'cafe-uberweg-and-sohne-gmbh'],
    ['***', 'organization'],
    ['日本語', 'organization'],
    ['a'.repeat(80), 'a'.repeat(48)],
    ['Trailing -- dashes --', 'trailing-dashes'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('firstFreeSlug', () => {
  it('numbers later organizations with the same name', () => {
    expect(firstFreeSlug('acme', new Set())).toBe('acme');
    expect(firstFreeSlug('acme', new Set(['acme']))).toBe('acme-2');
    expect(firstFreeSlug('acme', new Set(['acme', 'acme-2', 'acme-3']))).toBe('acme-4');
  });
});
