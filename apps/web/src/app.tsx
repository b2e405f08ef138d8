import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { SessionProvider } from './account/session';
import { Layout } from './components/layout';
import { consoleRoutes } from './console/console-routes';
import { CatalogPage } from './pages/catalog-page';
import { NotFoundPage } from './pages/not-found-page';
import { RolePage } from './pages/role-page';
import { ErasureConfirmPage } from './privacy/erasure-confirm-page';

// The candidate's pages carry the code editor; public pages do not download it.
const TakePage = lazy(() => import('./take/take-page').then((m) => ({ default: m.TakePage })));

/** The web app's routes. `/take/…` has its own minimal frame (a candidate should not wander off). */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route
            path="/take/:token"
            element={
              <Suspense fallback={<p role="status">Loading your assessment…</p>}>
                <TakePage />
              </Suspense>
            }
          />
          <Route
            path="/"
            element={
              <Layout>
                <CatalogPage />
              </Layout>
            }
          />
          <Route
            path="/roles/:slug"
            element={
              <Layout>
                <RolePage />
              </Layout>
            }
          />
          <Route
            path="/erasure/confirm"
            element={
              <Layout minimal>
                <ErasureConfirmPage />
              </Layout>
            }
          />
          <Route
            path="*"
            element={
              <Layout>
                <NotFoundPage />
              </Layout>
            }
          />
          {consoleRoutes}
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
