import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError,
  parseArgs
} from "./chunk-CYDFN6T3.js";
import "./chunk-YD7X3SCX.js";
export {
  UsageError,
  parseArgs
};
