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

// packages/cli/dist/commands/container-top.js
var command = {
  name: "container top",
  summary: "Display the running processes of a container",
  usage: "CONTAINER [ps OPTIONS]",
  options: {},
  stopAfterPositionals: 1,
  async run(ctx) {
    const [ref, ...psArgs] = ctx.args.positionals;
    if (!ref)
      throw new UsageError('"container top" requires at least 1 argument');
    const t = await runtimeOf(ctx).containers.top(ref, psArgs);
    const rows = [t.Titles, ...t.Processes];
    const widths = t.Titles.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    for (const r of rows)
      ctx.stdout.write(r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i] + 4)).join("") + "\n");
    return 0;
  }
};
var container_top_default = command;
export {
  container_top_default as default
};
