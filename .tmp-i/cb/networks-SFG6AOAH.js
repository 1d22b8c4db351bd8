import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Networks,
  containerSpec
} from "./chunk-NHZ4TUSH.js";
import "./chunk-V4RWK56N.js";
export {
  Networks,
  containerSpec
};
