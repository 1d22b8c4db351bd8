import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openProjectContext,
  tabulate
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/top.js
var command = {
  name: "top",
  summary: "Display the running processes",
  usage: "[SERVICES...]",
  options: {},
  async run(ctx) {
    const services = ctx.args.positionals;
    const { rt, containers } = await openProjectContext(ctx, services);
    const running = containers.filter((c) => c.state === "running" && (!services.length || services.includes(c.service))).sort((a, b) => a.name.localeCompare(b.name));
    const results = await Promise.all(running.map(async (c) => ({ c, top: await rt.containers.top(c.id).catch(() => void 0) })));
    const titles = [];
    for (const { top } of results)
      for (const t of top?.Titles ?? [])
        if (t !== "CMD" && !titles.includes(t))
          titles.push(t);
    if (results.some((r) => r.top?.Titles.includes("CMD")))
      titles.push("CMD");
    const rows = [];
    for (const { c, top } of results) {
      if (!top)
        continue;
      for (const proc of top.Processes) {
        const cell = (t) => {
          const i = top.Titles.indexOf(t);
          return i === -1 ? "-" : proc[i] ?? "-";
        };
        rows.push([c.service, c.oneoff ? "" : String(c.number), ...titles.map(cell)]);
      }
    }
    if (rows.length === 0)
      return 0;
    ctx.stdout.write(tabulate([["SERVICE", "#", ...titles], ...rows], { minWidth: 4, padding: 2 }));
    return 0;
  }
};
var top_default = command;
export {
  top_default as default
};
