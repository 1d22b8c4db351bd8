import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  loadComposeProject,
  openRuntimeFor
} from "./chunk-UW7IX5JS.js";
import {
  TscError
} from "./chunk-T5UK2L7C.js";

// packages/cli/dist/service-target.js
async function openProjectContext(ctx, services = []) {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, services), openRuntimeFor(ctx), import("./dist-35LRJKLT.js")]);
  for (const s of services)
    if (!(s in project.model.services) && !(s in project.disabledServices))
      throw compose.noSuchService(s);
  const host = new compose.RuntimeComposeHost(rt);
  const containers = await host.listProjectContainers(project.model.name);
  return { project, rt, compose, containers };
}
function indexOption(v) {
  if (v === void 0)
    return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`invalid --index "${String(v)}": expected a replica number`);
  return n === 0 ? void 0 : n;
}
function tabulate(rows, opts = {}) {
  const minWidth = opts.minWidth ?? 0;
  const padding = opts.padding ?? 3;
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = [];
  for (let i = 0; i < cols - 1; i++)
    widths.push(Math.max(minWidth, ...rows.map((r) => (r[i] ?? "").length + padding)));
  return rows.map((r) => r.map((c, i) => i < r.length - 1 ? c.padEnd(widths[i]) : c).join("").trimEnd() + "\n").join("");
}
function jsonArray(rows) {
  return JSON.stringify(rows) + "\n";
}
function noSuchService(name) {
  return new TscError("COMPOSE_NO_SUCH_SERVICE", `no such service: ${name}`, { exitCode: 1 });
}

export {
  openProjectContext,
  indexOption,
  tabulate,
  jsonArray,
  noSuchService
};
