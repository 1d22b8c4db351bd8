import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  parseFilters,
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/volume-ls.js
var command = {
  name: "volume ls",
  summary: "List volumes",
  usage: "[OPTIONS]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Only display volume names" },
    filter: { type: "string", short: "f", multiple: true, description: 'Provide filter values (e.g. "dangling=true", "label=k=v", "name=x")', valueName: "FILTER" },
    format: { type: "string", description: "Format output: 'table', 'json' or a template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const o = ctx.args.options;
    const filters = parseFilters(o.filter);
    let vols = rt.volumes.list();
    for (const { key, value } of filters) {
      if (key === "name")
        vols = vols.filter((v) => v.Name.includes(value));
      else if (key === "label") {
        const eq = value.indexOf("=");
        vols = vols.filter((v) => eq === -1 ? value in v.Labels : v.Labels[value.slice(0, eq)] === value.slice(eq + 1));
      } else if (key === "dangling") {
        const want = value === "true" || value === "1";
        vols = vols.filter((v) => rt.containers.list({ all: true, filters: [{ key: "volume", value: v.Name }] }).length === 0 === want);
      } else if (key === "driver")
        vols = vols.filter((v) => v.Driver === value);
    }
    if (o.quiet) {
      ctx.stdout.write(vols.map((v) => `${v.Name}
`).join(""));
      return 0;
    }
    const rows = vols.map((v) => ({ ...v, Labels: Object.entries(v.Labels).map(([k, x]) => `${k}=${x}`).join(","), Scope: v.Scope }));
    ctx.stdout.write(renderFormatted(rows, o.format, "{{.Driver}}	{{.Name}}"));
    return 0;
  }
};
var volume_ls_default = command;
export {
  volume_ls_default as default
};
