import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';

/** The page frame: skip link, header, main landmark (focused on navigation), footer. */
export function Layout({ children, minimal = false }: { children: ReactNode; minimal?: boolean }) {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Announce a client-side navigation the way a page load would: focus moves to the new content.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-row">
          {minimal ? (
            <span className="brand">Assay</span>
          ) : (
            <Link className="brand" to="/">
              Assay
            </Link>
          )}
          {!minimal && (
            <nav aria-label="Main">
              <ul className="nav-list">
                <li>
                  <Link to="/">Roles</Link>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">Assay — skills assessments for engineering roles</div>
      </footer>
    </>
  );
}

/** Sets the document title for a page. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Assay` : 'Assay';
  }, [title]);
}
