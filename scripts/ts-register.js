'use strict';
// Runs the TypeScript sources directly (npm start, scripts, bench) without a build step:
// each file is transpiled in isolation (no type check; `npm run typecheck` does that) and
// `@assay/<lib>` aliases resolve to libs/<lib>/src, exactly as tsconfig.json's paths say.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const paths = require(path.join(root, 'tsconfig.json')).compilerOptions.paths;
const aliases = Object.fromEntries(Object.entries(paths).map(([k, [v]]) => [k, path.join(root, v)]));

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolve(request, parent, ...rest) {
  const target = aliases[request];
  return originalResolve.call(this, target ?? request, parent, ...rest);
};

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
