import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/restart.js
var command = {
  name: "restart",
  summary: "Restart service containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    timeout: { type: "number", short: "t", description: "Specify a shutdown timeout in seconds", valueName: "SECONDS" },
    "no-deps": { type: "boolean", description: "Don't restart dependent services" }
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Restarting",
    direction: "up",
    include: (c) => !c.oneoff,
    verb: ["Restarting", "Started"],
    act: (rt, c) => rt.containers.restart(c.id, ctx.args.options.timeout)
  })
};
var restart_default = command;
export {
  restart_default as default
};
