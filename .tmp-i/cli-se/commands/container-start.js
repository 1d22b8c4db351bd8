import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/container-start.js
var command = {
  name: "container start",
  summary: "Start one or more stopped containers",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  options: {
    attach: { type: "boolean", short: "a", description: "Attach STDOUT/STDERR and forward signals" },
    interactive: { type: "boolean", short: "i", description: "Attach container's STDIN" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new (await import("../chunks/args-D2GVMWDO.js")).UsageError('"container start" requires at least 1 argument');
    const o = ctx.args.options;
    if (o.attach || o.interactive) {
      if (refs.length > 1)
        throw new (await import("../chunks/args-D2GVMWDO.js")).UsageError("you cannot start and attach multiple containers at once");
      const rec = await rt.containers.start(refs[0]);
      return rt.containers.attach(rec.Id, { stdout: ctx.stdout, stderr: ctx.stderr, tty: rec.Config.Tty, ...o.interactive ? { stdin: ctx.stdin } : {} });
    }
    let failed = 0;
    for (const ref of refs) {
      try {
        await rt.containers.start(ref);
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
var container_start_default = command;
export {
  container_start_default as default
};
