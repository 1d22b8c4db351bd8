import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/stop.js
var command = {
  name: "stop",
  summary: "Stop services",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    timeout: { type: "number", short: "t", description: "Specify a shutdown timeout in seconds", valueName: "SECONDS" }
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Stopping",
    direction: "down",
    include: (c) => c.state === "running" || c.state === "restarting" || c.state === "paused",
    verb: ["Stopping", "Stopped"],
    act: (rt, c) => rt.containers.stop(c.id, ctx.args.options.timeout)
  })
};
var stop_default = command;
export {
  stop_default as default
};
