import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import {
  parseFilters
} from "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/network-prune.js
var command = {
  name: "network prune",
  summary: "Remove all unused networks (and reclaim leftovers of crashed runs)",
  usage: "[OPTIONS]",
  options: {
    force: { type: "boolean", short: "f", description: "Do not prompt for confirmation" },
    filter: { type: "string", multiple: true, description: 'Provide filter values (e.g. "label=k=v", "until=24h")', valueName: "FILTER" }
  },
  async run(ctx) {
    const nets = networksOf(ctx);
    const filters = parseFilters(ctx.args.options.filter);
    await nets.reclaimLeftovers();
    const now = Date.now();
    const removed = await nets.prune((n) => filters.every(({ key, value }) => {
      if (key === "label") {
        const eq = value.indexOf("=");
        return eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1);
      }
      if (key === "label!") {
        const eq = value.indexOf("=");
        return !(eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1));
      }
      if (key === "until") {
        const m = /^(\d+)(s|m|h)$/.exec(value);
        const limit = m ? now - Number(m[1]) * { s: 1e3, m: 6e4, h: 36e5 }[m[2]] : Date.parse(value);
        return Date.parse(n.created) < limit;
      }
      return true;
    }));
    if (removed.length > 0)
      ctx.stdout.write(`Deleted Networks:
${removed.map((n) => `${n}
`).join("")}`);
    return 0;
  }
};
var network_prune_default = command;
export {
  network_prune_default as default
};
