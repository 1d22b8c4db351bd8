import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/unpause.js
var command = {
  name: "unpause",
  summary: "Unpause services",
  usage: "[SERVICE...]",
  options: {},
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Unpausing",
    direction: "up",
    include: (c) => c.state === "paused",
    verb: ["Unpausing", "Unpaused"],
    act: (rt, c) => rt.containers.unpause(c.id)
  })
};
var unpause_default = command;
export {
  unpause_default as default
};
