import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  pruneFilters
} from "../chunks/chunk-OWYORDIQ.js";
import "../chunks/chunk-ZJQHQMR2.js";
import "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/volume-prune.js
var command = {
  name: "volume prune",
  summary: "Remove unused local volumes",
  usage: "[OPTIONS]",
  options: {
    all: { type: "boolean", short: "a", description: "Remove all unused volumes, not just anonymous ones" },
    force: { type: "boolean", short: "f", description: "Do not prompt for confirmation" },
    filter: { type: "string", multiple: true, description: 'Provide filter values (e.g. "label=<label>")', valueName: "FILTER" }
  },
  async run(ctx) {
    const { labelFilters } = pruneFilters(ctx.args.options.filter);
    const { removed } = await runtimeOf(ctx).volumes.prune({ all: Boolean(ctx.args.options.all), labelFilters });
    ctx.stdout.write(removed.length ? `Deleted Volumes:
${removed.map((n) => `${n}
`).join("")}
` : "");
    ctx.stdout.write("Total reclaimed space: 0B\n");
    return 0;
  }
};
var volume_prune_default = command;
export {
  volume_prune_default as default
};
