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

// packages/cli/dist/commands/container-diff.js
var KIND = ["C", "A", "D"];
var command = {
  name: "container diff",
  summary: "Inspect changes to files or directories on a container's filesystem",
  usage: "CONTAINER",
  options: {},
  async run(ctx) {
    const [ref] = ctx.args.positionals;
    if (!ref)
      throw new UsageError('"container diff" requires exactly 1 argument');
    for (const c of runtimeOf(ctx).containers.diff(ref))
      ctx.stdout.write(`${KIND[c.Kind]} ${c.Path}
`);
    return 0;
  }
};
var container_diff_default = command;
export {
  container_diff_default as default
};
