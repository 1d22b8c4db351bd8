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

// packages/cli/dist/commands/volume-rm.js
var command = {
  name: "volume rm",
  summary: "Remove one or more volumes",
  usage: "[OPTIONS] VOLUME [VOLUME...]",
  options: {
    force: { type: "boolean", short: "f", description: "Force the removal of one or more volumes" }
  },
  async run(ctx) {
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"volume rm" requires at least 1 argument');
    const rt = runtimeOf(ctx);
    let failed = 0;
    for (const r of refs) {
      try {
        await rt.volumes.remove(r, { force: Boolean(ctx.args.options.force) });
        ctx.stdout.write(`${r}
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
var volume_rm_default = command;
export {
  volume_rm_default as default
};
