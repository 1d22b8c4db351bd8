import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-prune.js
import { createInterface } from "node:readline/promises";
var command = {
  name: "image prune",
  summary: "Remove unused images",
  usage: "[OPTIONS]",
  options: {
    all: { type: "boolean", short: "a", description: "Remove all unused images, not just dangling ones" },
    force: { type: "boolean", short: "f", description: "Do not prompt for confirmation" }
  },
  async run(ctx) {
    const all = Boolean(ctx.args.options.all);
    if (!ctx.args.options.force) {
      const warning = all ? "WARNING! This will remove all images without at least one container associated to them." : "WARNING! This will remove all dangling images.";
      const rl = createInterface({ input: ctx.stdin, output: ctx.stdout });
      const answer = await rl.question(`${warning}
Are you sure you want to continue? [y/N] `);
      rl.close();
      if (!/^y(es)?$/i.test(answer.trim()))
        return 0;
    }
    const { humanSize } = await import("../chunks/dist-N6K6W2S7.js");
    const { images } = await openRuntimeFor(ctx);
    const res = await images.prune({ all });
    if (res.ImagesDeleted.length > 0) {
      ctx.stdout.write("Deleted Images:\n");
      for (const r of res.ImagesDeleted)
        ctx.stdout.write("Untagged" in r ? `untagged: ${r.Untagged}
` : `deleted: ${r.Deleted}
`);
      ctx.stdout.write("\n");
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(res.SpaceReclaimed)}
`);
    return 0;
  }
};
var image_prune_default = command;
export {
  image_prune_default as default
};
