import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  loadComposeProject,
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  timeArg
} from "../chunks/chunk-ZJQHQMR2.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/events.js
var command = {
  name: "events",
  summary: "Receive real time events from containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    json: { type: "boolean", description: "Output events as a stream of json objects" },
    since: { type: "string", description: "Show all events created since timestamp", valueName: "TIME" },
    until: { type: "string", description: "Stream events until this timestamp", valueName: "TIME" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const since = timeArg(o.since);
    const until = timeArg(o.until);
    const [project, rt, compose] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import("../chunks/dist-35LRJKLT.js")]);
    const services = new Set(ctx.args.positionals);
    for (const s of services)
      if (!(s in project.model.services) && !(s in project.disabledServices))
        throw compose.noSuchService(s);
    const name = project.model.name;
    const filters = [{ key: "type", value: "container" }, { key: "label", value: `${compose.composeLabels.LABEL_PROJECT}=${name}` }];
    const print = (e) => {
      const ev = compose.toComposeEvent(e, name, services);
      if (!ev)
        return;
      ctx.stdout.write((o.json ? JSON.stringify(compose.composeEventJson(ev)) : compose.formatComposeEvent(ev)) + "\n");
    };
    if (until !== void 0 && until <= Date.now() / 1e3) {
      for (const e of rt.events.read({ filters, since, until }))
        print(e);
      return 0;
    }
    const ac = new AbortController();
    let interrupted = false;
    const stop = () => {
      interrupted = true;
      ac.abort();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      for await (const e of rt.events.follow({ filters, since, until }, ac.signal))
        print(e);
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    }
    return interrupted ? 130 : 0;
  }
};
var events_default = command;
export {
  events_default as default
};
