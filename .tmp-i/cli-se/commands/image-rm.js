import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-rm.js
var command = {
  name: "image rm",
  summary: "Remove one or more images",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  options: {
    force: { type: "boolean", short: "f", description: "Force removal of the image" },
    "no-prune": { type: "boolean", description: "Do not delete untagged parents" }
  },
  async run(ctx) {
    const names = ctx.args.positionals;
    if (names.length === 0)
      throw new UsageError('"image rm" requires at least 1 argument');
    const { isTscError } = await import("../chunks/dist-N6K6W2S7.js");
    const { images } = await openRuntimeFor(ctx);
    let status = 0;
    for (const n of names) {
      try {
        for (const r of await images.remove(n, { force: Boolean(ctx.args.options.force) })) {
          ctx.stdout.write("Untagged" in r ? `Untagged: ${r.Untagged}
` : `Deleted: ${r.Deleted}
`);
        }
      } catch (err) {
        if (!isTscError(err))
          throw err;
        ctx.stderr.write(`Error: ${err.message}
`);
        status = 1;
      }
    }
    return status;
  }
};
var image_rm_default = command;
export {
  image_rm_default as default
};
