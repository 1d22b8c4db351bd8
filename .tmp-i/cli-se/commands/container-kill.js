import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/container-kill.js
var command = {
  name: "container kill",
  summary: "Kill one or more running containers",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  options: {
    signal: { type: "string", short: "s", description: "Signal to send to the container", valueName: "SIGNAL", default: "KILL" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const o = ctx.args.options;
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"container kill" requires at least 1 argument');
    let failed = 0;
    for (const ref of refs) {
      try {
        await rt.containers.kill(ref, o.signal ?? "SIGKILL");
        ctx.stdout.write(`${ref}
`);
      } catch (err) {
        failed++;
        ctx.stderr.write(`Error response from daemon: ${err.message}
`);
      }
    }
    return failed ? 1 : 0;
  }
};
var container_kill_default = command;
export {
  container_kill_default as default
};
