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

// packages/cli/dist/commands/container-rename.js
var command = {
  name: "container rename",
  summary: "Rename a container",
  usage: "CONTAINER NEW_NAME",
  options: {},
  async run(ctx) {
    const [ref, name] = ctx.args.positionals;
    if (!ref || !name)
      throw new UsageError('"container rename" requires exactly 2 arguments');
    await runtimeOf(ctx).containers.rename(ref, name);
    return 0;
  }
};
var container_rename_default = command;
export {
  container_rename_default as default
};
