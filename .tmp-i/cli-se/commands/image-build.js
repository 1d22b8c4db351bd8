import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  image_build_default,
  parseBuildArgs,
  parseLabels
} from "../chunks/chunk-6APH3UDC.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";
export {
  image_build_default as default,
  parseBuildArgs,
  parseLabels
};
