import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  LogPrefixer
} from "../chunks/chunk-QOK4QDRP.js";
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

// packages/cli/dist/commands/logs.js
var command = {
  name: "logs",
  summary: "View output from containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    follow: { type: "boolean", short: "f", description: "Follow log output" },
    tail: { type: "string", short: "n", description: "Number of lines to show from the end of the logs for each container", valueName: "N", default: "all" },
    timestamps: { type: "boolean", short: "t", description: "Show timestamps" },
    since: { type: "string", description: "Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)", valueName: "TIME" },
    until: { type: "string", description: "Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)", valueName: "TIME" },
    "no-color": { type: "boolean", description: "Produce monochrome output" },
    "no-log-prefix": { type: "boolean", description: "Don't print prefix in logs" },
    index: { type: "number", description: "index of the container if service has multiple replicas", valueName: "N" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const tail = o.tail === "all" ? void 0 : Number(o.tail);
    if (tail !== void 0 && (!Number.isInteger(tail) || tail < 0))
      throw new UsageError(`invalid --tail value "${String(o.tail)}": expected a number or "all"`);
    const [project, rt, compose, runtimeLib] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import("../chunks/dist-35LRJKLT.js"), import("../chunks/dist-N6K6W2S7.js")]);
    checkServices(project, ctx.args.positionals);
    const toTime = (v) => {
      if (typeof v !== "string")
        return void 0;
      if (/^\d+(\.\d+)?(ns|us|µs|ms|s|m|h)+$/.test(v) || /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v))
        return new Date(Date.now() - runtimeLib.parseDuration(v)).toISOString();
      return v;
    };
    const since = toTime(o.since);
    const until = toTime(o.until);
    const services = ctx.args.positionals.length ? new Set(ctx.args.positionals) : void 0;
    const prefixer = new LogPrefixer({ noColor: Boolean(o["no-color"]) || !ctx.stdout.isTTY, noPrefix: Boolean(o["no-log-prefix"]), timestamps: Boolean(o.timestamps) });
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.on("SIGINT", onSigint);
    try {
      await compose.followProjectLogs({
        project: project.model.name,
        host: new compose.RuntimeComposeHost(rt),
        services,
        follow: Boolean(o.follow),
        tail,
        since,
        until,
        timestamps: Boolean(o.timestamps),
        signal: controller.signal,
        readLogs: (id, opts) => rt.containers.logs(id, { follow: opts.follow, tail: opts.tail, since: opts.since, until: opts.until, signal: opts.signal }),
        onLine: (l) => {
          if (o.index !== void 0 && !l.source.endsWith(`-${o.index}`))
            return;
          ctx.stdout.write(prefixer.format(l.service, l.source, l.text, l.time));
        }
      });
    } finally {
      process.off("SIGINT", onSigint);
    }
    return 0;
  }
};
var logs_default = command;
export {
  logs_default as default
};
