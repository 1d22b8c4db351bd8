import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  forEachProjectContainer
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/rm.js
var command = {
  name: "rm",
  summary: "Removes stopped service containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    force: { type: "boolean", short: "f", description: "Don't ask to confirm removal" },
    stop: { type: "boolean", short: "s", description: "Stop the containers, if required, before removing" },
    volumes: { type: "boolean", short: "v", description: "Remove any anonymous volumes attached to containers" }
  },
  run: (ctx) => {
    const o = ctx.args.options;
    return forEachProjectContainer(ctx, {
      title: "Removing",
      direction: "down",
      include: (c) => Boolean(o.stop) || c.state !== "running" && c.state !== "restarting" && c.state !== "paused",
      verb: ["Removing", "Removed"],
      act: async (rt, c) => {
        if (o.stop)
          await rt.containers.stop(c.id);
        await rt.containers.remove(c.id, { force: Boolean(o.stop), volumes: Boolean(o.volumes) });
      }
    });
  }
};
var rm_default = command;
export {
  rm_default as default
};
