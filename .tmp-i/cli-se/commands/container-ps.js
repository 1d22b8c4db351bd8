import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  container_ps_default,
  parseFilters,
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";
export {
  container_ps_default as default,
  parseFilters,
  renderFormatted
};
