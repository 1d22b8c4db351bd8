import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import {
  isTscError
} from "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/network-rm.js
var command = {
  name: "network rm",
  summary: "Remove one or more networks",
  usage: "[OPTIONS] NETWORK [NETWORK...]",
  options: {
    force: { type: "boolean", short: "f", description: "Do not error if the network does not exist" }
  },
  async run(ctx) {
    if (ctx.args.positionals.length === 0)
      throw new UsageError('"network rm" requires at least 1 argument: NETWORK');
    const nets = networksOf(ctx);
    let failed = false;
    for (const ref of ctx.args.positionals) {
      try {
        await nets.remove(ref);
        ctx.stdout.write(`${ref}
`);
      } catch (err) {
        if (ctx.args.options.force && isTscError(err, "NETWORK_NOT_FOUND"))
          continue;
        if (!isTscError(err))
          throw err;
        ctx.stderr.write(`Error response from daemon: ${err.message}
`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  }
};
var network_rm_default = command;
export {
  network_rm_default as default
};
