import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/pause.js
var command = {
  name: "pause",
  summary: "Pause services",
  usage: "[SERVICE...]",
  options: {},
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Pausing",
    direction: "down",
    include: (c) => c.state === "running",
    verb: ["Pausing", "Paused"],
    act: (rt, c) => rt.containers.pause(c.id)
  })
};
var pause_default = command;
export {
  pause_default as default
};
