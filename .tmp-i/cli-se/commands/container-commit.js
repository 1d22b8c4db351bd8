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

// packages/cli/dist/commands/container-commit.js
var command = {
  name: "container commit",
  summary: "Create a new image from a container's changes",
  usage: "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]",
  options: {
    author: { type: "string", short: "a", description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")', valueName: "STRING" },
    change: { type: "string", short: "c", multiple: true, description: "Apply Dockerfile instruction to the created image", valueName: "INSTR" },
    message: { type: "string", short: "m", description: "Commit message", valueName: "STRING" },
    pause: { type: "boolean", short: "p", description: "Pause container during commit", default: true }
  },
  async run(ctx) {
    const [ref, target] = ctx.args.positionals;
    if (!ref)
      throw new UsageError('"container commit" requires at least 1 argument');
    const o = ctx.args.options;
    const id = await runtimeOf(ctx).containers.commit(ref, {
      ref: target,
      author: o.author,
      message: o.message,
      changes: o.change ?? [],
      pause: o.pause !== false
    });
    ctx.stdout.write(`${id}
`);
    return 0;
  }
};
var container_commit_default = command;
export {
  container_commit_default as default
};
