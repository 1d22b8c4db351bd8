import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  indexOption,
  openProjectContext
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/cp.js
import { resolve } from "node:path";
function containerRoot(rt, c, compose) {
  const st = rt.containers.state(c.id);
  if (st.pid <= 0 || st.status !== "running" && st.status !== "paused" && st.status !== "restarting") {
    throw new compose.ComposeExecutionError("COMPOSE_CP_NOT_RUNNING", `container ${c.name} is not running: cp reaches a container's files through its running process`, { exitCode: 1, hint: "start it first (tsc-compose start)" });
  }
  return `/proc/${st.pid}/root`;
}
var command = {
  name: "cp",
  summary: "Copy files/folders between a service container and the local filesystem",
  usage: "[OPTIONS] SERVICE:SRC_PATH DEST_PATH | SRC_PATH SERVICE:DEST_PATH",
  options: {
    all: { type: "boolean", description: "Include containers created by the run command", hidden: true },
    archive: { type: "boolean", short: "a", description: "Archive mode (copy all uid/gid information)" },
    "follow-link": { type: "boolean", short: "L", description: "Always follow symbol link in SRC_PATH" },
    index: { type: "number", description: "Index of the container if service has multiple replicas", valueName: "N" }
  },
  async run(ctx) {
    const args = ctx.args.positionals;
    if (args.length !== 2)
      throw new UsageError('"cp" requires exactly 2 arguments: SERVICE:SRC_PATH DEST_PATH or SRC_PATH SERVICE:DEST_PATH');
    const compose = await import("../chunks/dist-35LRJKLT.js");
    const src = compose.splitCopyArg(args[0]);
    const dest = compose.splitCopyArg(args[1]);
    if (src.service && dest.service)
      throw new UsageError("copying between services is not supported");
    if (!src.service && !dest.service)
      throw new UsageError("must specify at least one container source");
    if (src.path === "-" || dest.path === "-")
      throw new UsageError('copying a tar stream from stdin or to stdout ("-") is not supported');
    const service = src.service ?? dest.service;
    const o = ctx.args.options;
    const opts = { archive: Boolean(o.archive), followLink: Boolean(o["follow-link"]) };
    const { rt, containers } = await openProjectContext(ctx, [service]);
    const index = indexOption(o.index);
    if (src.service) {
      const c = compose.pickServiceContainer(containers, { service, index, stopped: true, oneoff: Boolean(o.all) });
      const root = containerRoot(rt, c, compose);
      const from = compose.resolveInRoot(root, src.path, opts.followLink);
      compose.copyPath(from, src.path, resolve(ctx.cwd, dest.path), dest.path, { ...opts, sourceContainer: c.name });
      return 0;
    }
    const targets = index !== void 0 ? [compose.pickServiceContainer(containers, { service, index, stopped: true, oneoff: Boolean(o.all) })] : containers.filter((c) => c.service === service && (o.all || !c.oneoff));
    if (targets.length === 0)
      compose.pickServiceContainer(targets, { service });
    for (const c of targets) {
      const root = containerRoot(rt, c, compose);
      compose.copyPath(resolve(ctx.cwd, src.path), src.path, compose.resolveInRoot(root, dest.path, true), dest.path, opts);
    }
    return 0;
  }
};
var cp_default = command;
export {
  cp_default as default
};
