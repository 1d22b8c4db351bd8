import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  timeArg
} from "./chunk-ZJQHQMR2.js";
import {
  parseFilters,
  renderFormatted
} from "./chunk-S7AXWW7H.js";
import {
  runtimeOf
} from "./chunk-OF33WFL2.js";
import {
  formatEventLine,
  toDockerEvent
} from "./chunk-XNDFLBB4.js";

// packages/cli/dist/commands/container-events.js
var eventsOptions = {
  filter: { type: "string", short: "f", multiple: true, description: "Filter output based on conditions provided", valueName: "FILTER" },
  format: { type: "string", description: "Format output: 'json' or a template", valueName: "FORMAT" },
  since: { type: "string", description: "Show all events created since timestamp", valueName: "TIME" },
  until: { type: "string", description: "Stream events until this timestamp", valueName: "TIME" }
};
async function streamEvents(ctx, extraFilters = []) {
  const o = ctx.args.options;
  const since = timeArg(o.since);
  const until = timeArg(o.until);
  const filters = [...extraFilters, ...parseFilters(o.filter)];
  const ac = new AbortController();
  const stop = () => ac.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const print = (e) => {
    const format = o.format;
    if (!format)
      ctx.stdout.write(formatEventLine(e) + "\n");
    else
      ctx.stdout.write(renderFormatted([toDockerEvent(e)], format, ""));
  };
  try {
    const rt = runtimeOf(ctx);
    if (until !== void 0 && until <= Date.now() / 1e3) {
      for (const e of rt.events.read({ filters, since, until }))
        print(e);
      return 0;
    }
    for await (const e of rt.events.follow({ filters, since, until }, ac.signal))
      print(e);
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  return 0;
}
var command = {
  name: "container events",
  summary: "Get real time events from the runtime",
  usage: "[OPTIONS]",
  options: eventsOptions,
  run: (ctx) => streamEvents(ctx)
};
var container_events_default = command;

export {
  eventsOptions,
  streamEvents,
  container_events_default
};
