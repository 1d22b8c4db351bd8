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

// packages/cli/dist/commands/system-prune.js
var command = {
  name: "system prune",
  summary: "Remove unused data: stopped containers, dangling images, leftovers of interrupted commands",
  usage: "[OPTIONS]",
  options: {
    all: { type: "boolean", short: "a", description: "Remove all unused images not just dangling ones" },
    force: { type: "boolean", short: "f", description: "Do not prompt for confirmation" },
    volumes: { type: "boolean", description: "Prune anonymous volumes" },
    filter: { type: "string", multiple: true, description: 'Provide filter values (e.g. "label=<key>=<value>")', valueName: "FILTER" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const o = ctx.args.options;
    const f = pruneFilters(o.filter);
    const c = await rt.containers.prune(f);
    if (c.removed.length)
      ctx.stdout.write(`Deleted Containers:
${c.removed.map((id) => `${id}
`).join("")}
`);
    if (o.volumes) {
      const v = await rt.volumes.prune({ labelFilters: f.labelFilters });
      if (v.removed.length)
        ctx.stdout.write(`Deleted Volumes:
${v.removed.map((n) => `${n}
`).join("")}
`);
    }
    const imgs = await rt.images.prune({ all: Boolean(o.all) });
    const deleted = imgs.ImagesDeleted.map((d) => "Deleted" in d ? `deleted: ${d.Deleted}` : `untagged: ${d.Untagged}`);
    if (deleted.length)
      ctx.stdout.write(`Deleted Images:
${deleted.join("\n")}

`);
    ctx.stdout.write(`Total reclaimed space: ${imgs.SpaceReclaimed}B
`);
    return 0;
  }
};
var system_prune_default = command;
export {
  system_prune_default as default
};
