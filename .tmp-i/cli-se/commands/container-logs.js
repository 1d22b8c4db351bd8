import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  container_logs_default,
  timeArg
} from "../chunks/chunk-ZJQHQMR2.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";
export {
  container_logs_default as default,
  timeArg
};
