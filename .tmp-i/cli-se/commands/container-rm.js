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

// packages/cli/dist/commands/container-rm.js
var command = {
  name: "container rm",
  summary: "Remove one or more containers",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  options: {
    force: { type: "boolean", short: "f", description: "Force the removal of a running container (uses SIGKILL)" },
    volumes: { type: "boolean", short: "v", description: "Remove anonymous volumes associated with the container" },
    link: { type: "boolean", short: "l", description: "Remove the specified link (unsupported)", hidden: true }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const o = ctx.args.options;
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"container rm" requires at least 1 argument');
    let failed = 0;
    for (const ref of refs) {
      try {
        await rt.containers.remove(ref, { force: Boolean(o.force), volumes: Boolean(o.volumes) });
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
var container_rm_default = command;
export {
  container_rm_default as default
};
