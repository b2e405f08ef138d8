'use strict';
// npm start: run the standalone app from source (transpile on load), no build and no configuration needed.
require('./ts-register');
require('../apps/standalone/src/main.ts');
