import { defineConfig } from 'vite';

/**
 * The web app is built to static files (apps/web/dist) that the API serves. No plugin is needed: Vite
 * transforms TSX itself (oxc), with React's automatic JSX runtime.
 */
export default defineConfig({
  base: '/',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // The CSP allows no inline script: the polyfill would be injected inline; every supported browser
    // implements modulepreload natively.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-router's "use client" markers mean nothing without server components.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
