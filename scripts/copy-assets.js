'use strict';
// Copies what tsc does not emit into dist/ (or the directory named by the first argument, as the bench's
// build does): plain-JS worker-thread entries and the shipped catalog data.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');

function walk(dir, visit) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full);
  }
}

function copy(file) {
  const target = path.join(dist, path.relative(root, file));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file, target);
}

walk(path.join(root, 'libs'), (file) => {
  if (file.endsWith('.js') || file.includes(`${path.sep}data${path.sep}`)) copy(file);
});
walk(path.join(root, 'libs', 'persistence', 'src', 'migrations'), () => undefined);
