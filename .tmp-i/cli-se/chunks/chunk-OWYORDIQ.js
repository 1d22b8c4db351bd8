import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  timeArg
} from "./chunk-ZJQHQMR2.js";
import {
  parseFilters
} from "./chunk-S7AXWW7H.js";
import {
  runtimeOf
} from "./chunk-OF33WFL2.js";

// packages/cli/dist/commands/container-prune.js
function pruneFilters(values) {
  const out = { labelFilters: [] };
  for (const { key, value } of parseFilters(values)) {
    if (key === "label")
      out.labelFilters.push(value);
    else if (key === "label!")
      out.labelFilters.push(`!${value}`);
    else if (key === "until")
      out.until = timeArg(value);
  }
  return out;
}
var command = {
  name: "container prune",
  summary: "Remove all stopped containers",
  usage: "[OPTIONS]",
  options: {
    force: { type: "boolean", short: "f", description: "Do not prompt for confirmation" },
    filter: { type: "string", multiple: true, description: 'Provide filter values (e.g. "until=<timestamp>", "label=k=v")', valueName: "FILTER" }
  },
  async run(ctx) {
    const { removed } = await runtimeOf(ctx).containers.prune(pruneFilters(ctx.args.options.filter));
    ctx.stdout.write(removed.length ? `Deleted Containers:
${removed.map((id) => `${id}
`).join("")}
` : "");
    ctx.stdout.write("Total reclaimed space: 0B\n");
    return 0;
  }
};
var container_prune_default = command;

export {
  pruneFilters,
  container_prune_default
};
