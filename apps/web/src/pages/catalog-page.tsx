import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type Schemas } from '../api/client';
import { useTitle } from '../components/layout';

type RoleItem = Schemas['RoleListItemDto'];

/** `/`: the role catalog with a search box and a category filter (both kept in the URL). */
export function CatalogPage() {
  useTitle('Engineering roles');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const [query, setQuery] = useState(q);
  const [all, setAll] = useState<RoleItem[]>([]);
  const [items, setItems] = useState<RoleItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const searchId = useId();
  const categoryId = useId();

  // Categories come from the whole catalog, so the filter keeps its choices while searching.
  useEffect(() => {
    void api.GET('/api/v1/roles', { params: { query: { limit: 100 } } }).then(({ data }) => {
      if (data) setAll(data.items);
    });
  }, []);
  const categories = useMemo(() => [...new Set(all.map((r) => r.category))].sort(), [all]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void api
        .GET('/api/v1/roles', {
          params: { query: { limit: 100, ...(q ? { q } : {}), ...(category ? { category } : {}) } },
        })
        .then(({ data }) => {
          if (!live) return;
          setFailed(!data);
          setItems(data?.items ?? []);
        });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, category]);

  const update = (next: { q?: string; category?: string }) => {
    const merged = { q, category, ...next };
    const out: Record<string, string> = {};
    if (merged.q) out.q = merged.q;
    if (merged.category) out.category = merged.category;
    setParams(out, { replace: true });
  };

  return (
    <>
      <section className="hero">
        <h1>Hire for the role, not the résumé</h1>
        <p className="lead">
          Every engineering role with its four levels and the skills each one needs. Pick a role to see what
          good looks like, then assess candidates against it.
        </p>
      </section>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={searchId}>Search roles</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="e.g. data, platform, security"
            onChange={(e) => {
              setQuery(e.target.value);
              update({ q: e.target.value.trim() });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={categoryId}>Category</label>
          <select id={categoryId} value={category} onChange={(e) => update({ category: e.target.value })}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="result-count" role="status" aria-live="polite">
        {items === null
          ? 'Loading roles…'
          : failed
            ? 'The catalog could not be loaded.'
            : `${items.length} roles`}
      </p>
      {items && items.length > 0 && (
        <ul className="role-grid">
          {items.map((r) => (
            <li key={r.slug} className="card role-card">
              <p className="eyebrow">{r.category}</p>
              <h2>
                <Link to={`/roles/${r.slug}`}>{r.title}</Link>
              </h2>
              <p>{r.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {items && items.length === 0 && !failed && <p>No role matches. Try another word or category.</p>}
    </>
  );
}
