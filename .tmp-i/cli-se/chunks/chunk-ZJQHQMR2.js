import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "./chunk-OF33WFL2.js";
import {
  parseDuration
} from "./chunk-XNDFLBB4.js";

// packages/cli/dist/commands/container-logs.js
function timeArg(v, now = Date.now()) {
  if (v === void 0 || v === "")
    return void 0;
  if (/^\d+(\.\d+)?$/.test(v))
    return Number(v);
  const t = Date.parse(v);
  if (!Number.isNaN(t))
    return t / 1e3;
  return (now - parseDuration(v)) / 1e3;
}
var command = {
  name: "container logs",
  summary: "Fetch the logs of a container",
  usage: "[OPTIONS] CONTAINER",
  options: {
    follow: { type: "boolean", short: "f", description: "Follow log output" },
    tail: { type: "string", short: "n", description: 'Number of lines to show from the end of the logs ("all")', valueName: "N", default: "all" },
    timestamps: { type: "boolean", short: "t", description: "Show timestamps" },
    since: { type: "string", description: "Show logs since timestamp (2013-01-02T13:23:37Z) or relative (42m)", valueName: "TIME" },
    until: { type: "string", description: "Show logs before a timestamp or relative (42m)", valueName: "TIME" },
    details: { type: "boolean", description: "Show extra details provided to logs" }
  },
  async run(ctx) {
    const [ref] = ctx.args.positionals;
    if (!ref || ctx.args.positionals.length > 1)
      throw new UsageError('"container logs" requires exactly 1 argument');
    const o = ctx.args.options;
    const tail = o.tail === "all" || o.tail === void 0 ? void 0 : Number(o.tail);
    if (tail !== void 0 && !Number.isInteger(tail))
      throw new UsageError(`invalid value "${String(o.tail)}" for --tail`);
    const since = timeArg(o.since);
    const until = timeArg(o.until);
    const ac = new AbortController();
    const stop = () => ac.abort();
    process.once("SIGINT", stop);
    try {
      for await (const e of runtimeOf(ctx).containers.logs(ref, {
        follow: Boolean(o.follow),
        tail: tail !== void 0 && tail >= 0 ? tail : void 0,
        timestamps: Boolean(o.timestamps),
        ...since !== void 0 ? { since } : {},
        ...until !== void 0 ? { until } : {},
        signal: ac.signal
      })) {
        ;
        (e.stream === "stderr" ? ctx.stderr : ctx.stdout).write(e.text);
      }
    } finally {
      process.off("SIGINT", stop);
    }
    return 0;
  }
};
var container_logs_default = command;

export {
  timeArg,
  container_logs_default
};
