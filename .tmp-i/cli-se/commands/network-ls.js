import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import {
  parseFilters,
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/network-ls.js
function matches(n, key, value) {
  switch (key) {
    case "name":
      return n.name.includes(value);
    case "id":
      return n.id.startsWith(value);
    case "driver":
      return n.driver === value;
    case "label": {
      const eq = value.indexOf("=");
      return eq === -1 ? value in n.labels : n.labels[value.slice(0, eq)] === value.slice(eq + 1);
    }
    case "type":
      return value === "custom" ? n.name !== "bridge" : value === "builtin" ? n.name === "bridge" : false;
    case "dangling":
      return Object.keys(n.endpoints).length === 0 === (value === "true" || value === "1");
    default:
      return true;
  }
}
var command = {
  name: "network ls",
  summary: "List networks",
  usage: "[OPTIONS]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Only display network IDs" },
    "no-trunc": { type: "boolean", description: "Do not truncate the output" },
    filter: { type: "string", short: "f", multiple: true, description: 'Provide filter values (e.g. "driver=bridge", "label=k=v", "name=x")', valueName: "FILTER" },
    format: { type: "string", description: "Format output: 'table', 'json' or a template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    let nets = networksOf(ctx).list();
    for (const { key, value } of parseFilters(o.filter))
      nets = nets.filter((n) => matches(n, key, value));
    const id = (n) => o["no-trunc"] ? n.id : n.id.slice(0, 12);
    if (o.quiet) {
      ctx.stdout.write(nets.map((n) => `${id(n)}
`).join(""));
      return 0;
    }
    const rows = nets.map((n) => ({
      ID: id(n),
      Name: n.name,
      Driver: n.driver,
      Scope: "local",
      IPv4: "true",
      IPv6: "false",
      Internal: String(n.internal),
      Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(","),
      CreatedAt: n.created
    }));
    const format = o.format;
    if (format === void 0 || format === "" || format === "table") {
      const table = [["NETWORK ID", "NAME", "DRIVER", "SCOPE"], ...rows.map((r) => [r.ID, r.Name, r.Driver, r.Scope])];
      const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
      ctx.stdout.write(table.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i] + 3)).join("")).join("\n") + "\n");
      return 0;
    }
    ctx.stdout.write(renderFormatted(rows, format, "{{.ID}}	{{.Name}}	{{.Driver}}	{{.Scope}}"));
    return 0;
  }
};
var network_ls_default = command;
export {
  network_ls_default as default
};
