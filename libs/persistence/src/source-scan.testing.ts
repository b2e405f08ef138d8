import fs from 'node:fs';
import path from 'node:path';

/** The repository root, from libs/persistence/src. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

function walk(dir: string, keep: (name: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' || entry.name === 'migrations' ? [] : walk(full, keep);
    }
    return keep(entry.name) ? [full] : [];
  });
}

/**
 * Source files of every lib and app (`libs/x/src`, `apps/x/src`, migrations left out), as repository-relative
 * paths with forward slashes, for the specs that check where SQL may name a table.
 */
export function libAndAppSources(keep: (name: string) => boolean): string[] {
  return ['libs', 'apps']
    .flatMap((top) =>
      fs
        .readdirSync(path.join(REPO_ROOT, top))
        .flatMap((lib) => walk(path.join(REPO_ROOT, top, lib, 'src'), keep)),
    )
    .map((full) => path.relative(REPO_ROOT, full).split(path.sep).join('/'));
}

export function readSource(file: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
}
