import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  Networks,
  containerSpec
} from "./chunk-T5UK2L7C.js";
import "./chunk-YD7X3SCX.js";
export {
  Networks,
  containerSpec
};
