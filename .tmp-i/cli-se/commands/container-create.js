import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  as125,
  container_create_default,
  createFlags,
  runtimeOf,
  toCreateOptions
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";
export {
  as125,
  createFlags,
  container_create_default as default,
  runtimeOf,
  toCreateOptions
};
