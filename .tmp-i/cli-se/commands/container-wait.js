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

// packages/cli/dist/commands/container-wait.js
var command = {
  name: "container wait",
  summary: "Block until one or more containers stop, then print their exit codes",
  usage: "CONTAINER [CONTAINER...]",
  options: {},
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"container wait" requires at least 1 argument');
    let failed = 0;
    let last = 0;
    for (const ref of refs) {
      try {
        last = await rt.containers.wait(ref);
        ctx.stdout.write(`${last}
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
var container_wait_default = command;
export {
  container_wait_default as default
};
