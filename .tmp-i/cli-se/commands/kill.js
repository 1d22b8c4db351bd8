import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/kill.js
var command = {
  name: "kill",
  summary: "Force stop service containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    signal: { type: "string", short: "s", description: "SIGNAL to send to the container", valueName: "SIGNAL", default: "SIGKILL" },
    "remove-orphans": { type: "boolean", description: "Remove containers for services not defined in the Compose file" }
  },
  run: (ctx) => forEachProjectContainer(ctx, {
    title: "Killing",
    direction: "down",
    include: (c) => c.state === "running" || c.state === "restarting" || c.state === "paused",
    verb: ["Killing", "Killed"],
    act: (rt, c) => rt.containers.kill(c.id, ctx.args.options.signal)
  })
};
var kill_default = command;
export {
  kill_default as default
};
