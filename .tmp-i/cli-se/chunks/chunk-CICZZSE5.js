import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);

// packages/cli/dist/version.js
var VERSION = "0.1.0";

export {
  VERSION
};
