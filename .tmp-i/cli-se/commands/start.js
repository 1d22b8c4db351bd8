import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/start.js
var command = {
  name: "start",
  summary: "Start services",
  usage: "[SERVICE...]",
  options: {
    wait: { type: "boolean", description: "Wait for services to be running|healthy" }
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Running",
    direction: "up",
    include: (c) => !c.oneoff && c.state !== "running" && c.state !== "restarting",
    verb: ["Starting", "Started"],
    act: (rt, c) => rt.containers.start(c.id)
  })
};
var start_default = command;
export {
  start_default as default
};
