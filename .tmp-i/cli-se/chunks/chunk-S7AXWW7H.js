import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  runtimeOf
} from "./chunk-OF33WFL2.js";

// packages/cli/dist/commands/container-ps.js
function renderFormatted(rows, format, defaultTable) {
  if (format === "json")
    return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
  const fmt = format === void 0 || format === "" || format === "table" ? `table ${defaultTable}` : format;
  const isTable = fmt.startsWith("table");
  const tpl = (isTable ? fmt.slice(5).trim() : fmt).replace(/\\t/g, "	").replace(/\\n/g, "\n");
  const render = (r) => tpl.replace(/\{\{\s*(json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g, (_, json, key) => {
    const v = key === "" ? r : r[key];
    return json ? JSON.stringify(v) : v === void 0 ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  });
  if (!isTable)
    return rows.map(render).join("\n") + (rows.length ? "\n" : "");
  const header = tpl.replace(/\{\{\s*(?:json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g, (_, key) => headerName(key));
  const lines = [header, ...rows.map(render)].map((l) => l.split("	"));
  const widths = [];
  for (const cells of lines)
    cells.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return lines.map((cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] + 3)).join("").trimEnd()).join("\n") + "\n";
}
var HEADERS = {
  ID: "CONTAINER ID",
  Names: "NAMES",
  Image: "IMAGE",
  Command: "COMMAND",
  RunningFor: "CREATED",
  CreatedAt: "CREATED AT",
  Status: "STATUS",
  Ports: "PORTS",
  State: "STATE",
  Name: "NAME",
  Driver: "DRIVER",
  Mountpoint: "MOUNTPOINT",
  CPUPerc: "CPU %",
  MemUsage: "MEM USAGE / LIMIT",
  MemPerc: "MEM %",
  NetIO: "NET I/O",
  BlockIO: "BLOCK I/O",
  PIDs: "PIDS"
};
function headerName(key) {
  return HEADERS[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function parseFilters(values) {
  const list = Array.isArray(values) ? values : values === void 0 ? [] : [String(values)];
  return list.map((f) => {
    const eq = f.indexOf("=");
    return eq === -1 ? { key: f, value: "" } : { key: f.slice(0, eq), value: f.slice(eq + 1) };
  });
}
var command = {
  name: "container ps",
  summary: "List containers",
  usage: "[OPTIONS]",
  options: {
    all: { type: "boolean", short: "a", description: "Show all containers (default shows just running)" },
    quiet: { type: "boolean", short: "q", description: "Only display container IDs" },
    filter: { type: "string", short: "f", multiple: true, description: "Filter output based on conditions provided", valueName: "FILTER" },
    format: { type: "string", description: "Format output using a custom template: 'table', 'json' or a template", valueName: "FORMAT" },
    last: { type: "number", short: "n", description: "Show n last created containers (includes all states)", valueName: "INT" },
    latest: { type: "boolean", short: "l", description: "Show the latest created container (includes all states)" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" },
    size: { type: "boolean", short: "s", description: "Display total file sizes" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const rows = runtimeOf(ctx).containers.list({
      all: Boolean(o.all),
      filters: parseFilters(o.filter),
      last: o.latest ? 1 : o.last
    });
    const shown = rows.map((r) => {
      const { id, labels, exitCode, health, ...docker } = r;
      void labels, void exitCode, void health;
      return o["no-trunc"] ? { ...docker, ID: id } : docker;
    });
    if (o.quiet) {
      ctx.stdout.write(shown.map((r) => `${r.ID}
`).join(""));
      return 0;
    }
    ctx.stdout.write(renderFormatted(shown, o.format, "{{.ID}}	{{.Image}}	{{.Command}}	{{.RunningFor}}	{{.Status}}	{{.Ports}}	{{.Names}}"));
    return 0;
  }
};
var container_ps_default = command;

export {
  renderFormatted,
  parseFilters,
  container_ps_default
};
