'use strict';
// Jest (unlike Node 20.19+) cannot require() ES modules; a few dependencies of dependencies ship ESM only
// (content-disposition 3 via @fastify/static). Transpile just those to CommonJS for the test run.
const ts = require('typescript');

module.exports = {
  process(sourceText, sourcePath) {
    const { outputText } = ts.transpileModule(sourceText, {
      fileName: sourcePath,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
      },
    });
    return { code: outputText };
  },
};
