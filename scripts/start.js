'use strict';
// npm start: run the standalone app from source (transpile on load), no build and no configuration needed.
// The web app is built on first start and again whenever its sources are newer than its build.
require('./build-web').ensureWebBuilt();
require('./ts-register');
require('../apps/standalone/src/main.ts');
