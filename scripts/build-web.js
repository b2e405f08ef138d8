'use strict';
// Builds the web app (apps/web → apps/web/dist) with Vite, or only when its dist is missing or older than
// its sources (`ensureWebBuilt`): npm start and the tests call it so the web app is never stale.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const web = path.join(root, 'apps', 'web');
const dist = path.join(web, 'dist', 'index.html');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(dist)) return true;
  return newestSource(web) > fs.statSync(dist).mtimeMs;
}

function buildWeb() {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', web, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`building the web app failed (vite exited ${result.status})`);
}

/** Builds the web app when needed; returns whether it built. */
function ensureWebBuilt() {
  if (!isStale()) return false;
  buildWeb();
  return true;
}

module.exports = { ensureWebBuilt, buildWeb, isStale };

if (require.main === module) {
  if (process.argv.includes('--if-stale')) ensureWebBuilt();
  else buildWeb();
}
