'use strict';
// npm start: run the standalone app from source (transpile on load), no build and no configuration needed.
// Zero configuration is a developer's laptop: an unset NODE_ENV would otherwise demand a JWT_SECRET.
process.env.NODE_ENV ||= 'development';
// The web app is built on first start and again whenever its sources are newer than its build.
require('./build-web').ensureWebBuilt();
require('./ts-register');
require('../apps/standalone/src/main.ts');
