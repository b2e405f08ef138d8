import { Fragment, useEffect, useId, useRef, type ReactNode } from 'react';
import { Link, NavLink, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../account/session';
import { usePlatformAdmin } from './admin-pages';

/** The signed-in frame: console navigation, organization switcher, sign out. Sends others to /login. */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { session, loading, resume, signOut, switchOrganization } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const switcherId = useId();
  const platformAdmin = usePlatformAdmin();
  useEffect(() => resume(), [resume]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  if (loading) return <p role="status">Loading…</p>;
  if (!session)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const current = session.memberships.find((m) => m.organization.id === session.organizationId);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header console-header">
        <div className="container header-row">
          <Link className="brand" to="/app">
            Assay
          </Link>
          <nav aria-label="Console">
            <ul className="nav-list">
              <li>
                <NavLink to="/app" end>
                  Dashboard
                </NavLink>
              </li>
              <li>
                <NavLink to="/app/assessments/new">New assessment</NavLink>
              </li>
              <li>
                <NavLink to="/app/settings">Settings</NavLink>
              </li>
              {(session.role === 'owner' || session.role === 'admin') && (
                <li>
                  <NavLink to="/app/privacy">Privacy</NavLink>
                </li>
              )}
              {platformAdmin && (
                <li>
                  <NavLink to="/app/admin">Admin</NavLink>
                </li>
              )}
              <li>
                <Link to="/">Roles</Link>
              </li>
            </ul>
          </nav>
          <div className="account-box">
            {session.memberships.length > 1 ? (
              <span className="field-inline">
                <label htmlFor={switcherId}>Organization</label>
                <select
                  id={switcherId}
                  value={session.organizationId}
                  onChange={(e) => {
                    void switchOrganization(e.target.value).then(() => navigate('/app'));
                  }}
                >
                  {session.memberships.map((m) => (
                    <option key={m.organization.id} value={m.organization.id}>
                      {m.organization.name}
                    </option>
                  ))}
                </select>
              </span>
            ) : (
              <span className="org-name">{current?.organization.name}</span>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                void signOut().then(() => navigate('/login'));
              }}
            >
              Sign out
            </button>
          </div>
        </div>
      </header>
      {!session.user.emailVerified && (
        <div className="container">
          <p className="banner banner-warning" role="status">
            Verify your email address ({session.user.email}) with the link we sent you.
          </p>
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} className="container main">
        {/* Keyed by organization: switching remounts the page, so it loads the new organization's data. */}
        <Fragment key={session.organizationId}>{children}</Fragment>
      </main>
    </>
  );
}
