import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  noSuchService
} from "../chunks/chunk-JK2LWQMF.js";
import {
  loadComposeProject,
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/ps.js
var STATUSES = ["paused", "restarting", "removing", "running", "dead", "created", "exited"];
function truncateCommand(cmd) {
  const c = cmd.replace(/^"|"$/g, "");
  return `"${c.length > 20 ? `${c.slice(0, 20)}\u2026` : c}"`;
}
var command = {
  name: "ps",
  summary: "List containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    all: { type: "boolean", short: "a", description: "Show all stopped containers (including those created by the run command)" },
    quiet: { type: "boolean", short: "q", description: "Only display IDs" },
    services: { type: "boolean", description: "Display services" },
    status: { type: "string", multiple: true, description: "Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]", valueName: "STATUS" },
    filter: { type: "string", description: "Filter services by a property (supported filters: status)", valueName: "FILTER" },
    format: { type: "string", description: "Format output using a custom template: table, json", valueName: "FORMAT", default: "table" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" },
    orphans: { type: "boolean", description: "Include orphaned services (not declared by project)", default: true }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const statuses = [...o.status ?? []];
    if (typeof o.filter === "string") {
      const m = /^status=(.+)$/.exec(o.filter);
      if (!m)
        throw new UsageError(`invalid filter "${o.filter}": only status=STATUS is supported`);
      statuses.push(m[1]);
    }
    for (const s of statuses)
      if (!STATUSES.includes(s))
        throw new UsageError(`invalid status "${s}": expected one of ${STATUSES.join(", ")}`);
    const [project, rt] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx)]);
    const name = project.model.name;
    const wanted = ctx.args.positionals;
    for (const s of wanted)
      if (!(s in project.model.services))
        throw noSuchService(s);
    let rows = rt.containers.list({ all: true, filters: [{ key: "label", value: `com.docker.compose.project=${name}` }] });
    rows = rows.filter((r) => {
      const service = r.labels["com.docker.compose.service"] ?? "";
      if (wanted.length && !wanted.includes(service))
        return false;
      if (!o.all && r.labels["com.docker.compose.oneoff"] === "True")
        return false;
      if (!o.all && !statuses.length && r.State !== "running" && r.State !== "restarting" && r.State !== "paused")
        return false;
      if (statuses.length && !statuses.includes(r.State))
        return false;
      if (o.orphans === false && !(service in project.model.services))
        return false;
      return true;
    }).sort((a, b) => a.Names.localeCompare(b.Names));
    if (o.services) {
      ctx.stdout.write([...new Set(rows.map((r) => r.labels["com.docker.compose.service"]))].join("\n") + (rows.length ? "\n" : ""));
      return 0;
    }
    if (o.quiet) {
      ctx.stdout.write(rows.map((r) => o["no-trunc"] ? r.id : r.id).join("\n") + (rows.length ? "\n" : ""));
      return 0;
    }
    const json = rows.map((r) => ({
      Command: r.Command,
      CreatedAt: r.CreatedAt,
      ExitCode: r.exitCode,
      Health: r.health ?? "",
      ID: r.id,
      Image: r.Image,
      Labels: r.Labels,
      LocalVolumes: r.LocalVolumes,
      Mounts: r.Mounts,
      Name: r.Names,
      Names: r.Names,
      Networks: r.Networks,
      Ports: r.Ports,
      Project: name,
      Publishers: [],
      RunningFor: r.RunningFor,
      Service: r.labels["com.docker.compose.service"] ?? "",
      Size: r.Size,
      State: r.State,
      Status: r.Status
    }));
    if (o.format === "json") {
      ctx.stdout.write(json.map((j) => JSON.stringify(j)).join("\n") + (json.length ? "\n" : ""));
      return 0;
    }
    if (o.format !== "table")
      throw new UsageError(`unsupported --format "${String(o.format)}": expected table or json`);
    const table = [["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"], ...json.map((j) => [j.Name, j.Image, o["no-trunc"] ? j.Command : truncateCommand(j.Command), j.Service, j.RunningFor, j.Status, j.Ports])];
    const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
    ctx.stdout.write(table.map((r) => r.map((c, i) => i === r.length - 1 ? String(c) : String(c).padEnd(widths[i] + 3)).join("").trimEnd()).join("\n") + "\n");
    return 0;
  }
};
var ps_default = command;
export {
  ps_default as default
};
