import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  checkServices
} from "../chunks/chunk-ZBQTLZEZ.js";
import "../chunks/chunk-JK2LWQMF.js";
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

// packages/cli/dist/commands/dashboard.js
var command = {
  name: "dashboard",
  summary: "Live terminal dashboard of the project: containers, health, resources and logs",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    tail: { type: "number", short: "n", description: "Log lines of history to show per container, and the most kept per container", valueName: "N", default: 200 },
    interval: { type: "number", description: "Seconds between two refreshes of the container table", valueName: "SECONDS", default: 1 }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const tail = o.tail === void 0 ? 200 : Number(o.tail);
    if (!Number.isInteger(tail) || tail < 0)
      throw new UsageError(`invalid --tail value "${String(o.tail)}": expected a whole number`);
    const interval = o.interval === void 0 ? 1 : Number(o.interval);
    if (!(interval >= 0.1 && interval <= 3600))
      throw new UsageError(`invalid --interval value "${String(o.interval)}": expected seconds between 0.1 and 3600`);
    if (!ctx.stdout.isTTY || !ctx.stdin.isTTY) {
      throw new UsageError("the dashboard needs a terminal (stdin and stdout are not both a TTY)", "use 'tsc-compose ps', 'tsc-compose logs -f' or 'tsc-compose container stats' in scripts");
    }
    const [project, runtime, compose] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import("../chunks/dist-35LRJKLT.js")]);
    checkServices(project, ctx.args.positionals);
    const { runDashboard } = await import("../chunks/run-RYYOP5DP.js");
    return runDashboard({
      project: project.model.name,
      runtime,
      compose,
      services: ctx.args.positionals,
      tail,
      pollMs: Math.round(interval * 1e3),
      stdout: ctx.stdout,
      stdin: ctx.stdin
    });
  }
};
var dashboard_default = command;
export {
  dashboard_default as default
};
