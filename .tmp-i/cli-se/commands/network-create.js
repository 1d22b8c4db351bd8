import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  inspectShape,
  keyValues,
  network_create_default,
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";
export {
  network_create_default as default,
  inspectShape,
  keyValues,
  networksOf
};
