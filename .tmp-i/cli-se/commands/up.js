import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  noSuchService
} from "../chunks/chunk-JK2LWQMF.js";
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/up.js
function parseScale(values) {
  const out = {};
  for (const v of values ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(v);
    if (!m)
      throw new UsageError(`invalid --scale value "${v}": expected SERVICE=NUM`);
    out[m[1]] = Number(m[2]);
  }
  return out;
}
var command = {
  name: "up",
  summary: "Create and start containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    detach: { type: "boolean", short: "d", description: "Detached mode: run containers in the background" },
    wait: { type: "boolean", description: "Wait for services to be running|healthy. Implies detached mode" },
    "wait-timeout": { type: "number", description: "Maximum duration in seconds to wait for the project to be running|healthy", valueName: "SECONDS" },
    "abort-on-container-exit": { type: "boolean", description: "Stops all containers if any container was stopped. Incompatible with -d" },
    "abort-on-container-failure": { type: "boolean", description: "Stops all containers if any container exited with failure. Incompatible with -d" },
    "exit-code-from": { type: "string", description: "Return the exit code of the selected service container. Implies --abort-on-container-exit", valueName: "SERVICE" },
    attach: { type: "string", multiple: true, description: "Restrict attaching to the specified services", valueName: "SERVICE" },
    "no-attach": { type: "string", multiple: true, description: "Do not attach (stream logs) to the specified services", valueName: "SERVICE" },
    "attach-dependencies": { type: "boolean", description: "Automatically attach to log output of dependent services" },
    timestamps: { type: "boolean", description: "Show timestamps" },
    "no-log-prefix": { type: "boolean", description: "Don't print prefix in logs" },
    "no-color": { type: "boolean", description: "Produce monochrome output" },
    "quiet-pull": { type: "boolean", description: "Pull without printing progress information" },
    pull: { type: "string", description: 'Pull image before running ("always"|"missing"|"never")', valueName: "POLICY", default: "policy" },
    "remove-orphans": { type: "boolean", description: "Remove containers for services not defined in the Compose file" },
    "no-recreate": { type: "boolean", description: "If containers already exist, don't recreate them. Incompatible with --force-recreate" },
    "force-recreate": { type: "boolean", description: "Recreate containers even if their configuration and image haven't changed" },
    "always-recreate-deps": { type: "boolean", description: "Recreate dependent containers. Incompatible with --no-recreate" },
    "no-deps": { type: "boolean", description: "Don't start linked services" },
    "no-start": { type: "boolean", description: "Don't start the services after creating them" },
    "no-build": { type: "boolean", description: "Don't build an image, even if it's policy" },
    build: { type: "boolean", description: "Build images before starting containers" },
    scale: { type: "string", multiple: true, description: "Scale SERVICE to NUM instances. Overrides the scale setting in the Compose file if present", valueName: "SERVICE=NUM" },
    timeout: { type: "number", short: "t", description: "Use this timeout in seconds for container shutdown when attached or when containers are already running", valueName: "SECONDS" },
    "renew-anon-volumes": { type: "boolean", short: "V", description: "Recreate anonymous volumes instead of retrieving data from the previous containers" },
    yes: { type: "boolean", short: "y", description: 'Assume "yes" as answer to all prompts and run non-interactively' },
    dashboard: { type: "boolean", description: "Open the live dashboard once the stack is up (after --wait if given); quitting it leaves the stack running" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    if (o["no-recreate"] && o["force-recreate"])
      throw new UsageError("--force-recreate and --no-recreate are incompatible");
    const exitCodeFrom = o["exit-code-from"];
    const abortOnExit = Boolean(o["abort-on-container-exit"]) || exitCodeFrom !== void 0;
    const detach = Boolean(o.detach) || Boolean(o.wait);
    if (detach && (abortOnExit || o["abort-on-container-failure"]))
      throw new UsageError("--abort-on-container-exit and -d are incompatible");
    if (o.dashboard && (abortOnExit || o["abort-on-container-failure"]))
      throw new UsageError("--abort-on-container-exit and --dashboard are incompatible");
    if (o.dashboard && (!ctx.stdout.isTTY || !ctx.stdin.isTTY))
      throw new UsageError("--dashboard needs a terminal (stdin and stdout are not both a TTY)");
    if (o.build && o["no-build"])
      throw new UsageError("--build and --no-build are incompatible");
    const pull = o.pull ?? "policy";
    if (!["always", "missing", "never", "build", "policy"].includes(pull))
      throw new UsageError(`invalid --pull option "${pull}": want always, missing, never or policy`);
    const progress = await progressFor(ctx, "Running");
    const { session, project, runtime, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener });
    for (const s of services) {
      if (!(s in project.model.services))
        throw noSuchService(s);
    }
    if (exitCodeFrom && !(exitCodeFrom in project.model.services))
      throw noSuchService(exitCodeFrom);
    let result;
    try {
      result = await compose.up(session, {
        services,
        noDeps: Boolean(o["no-deps"]),
        recreate: o["force-recreate"] ? "force" : o["no-recreate"] ? "never" : "diverged",
        recreateDependencies: o["always-recreate-deps"] ? "force" : void 0,
        scale: parseScale(o.scale),
        removeOrphans: Boolean(o["remove-orphans"]) || ctx.env.COMPOSE_REMOVE_ORPHANS === "true",
        noStart: Boolean(o["no-start"]),
        timeoutSeconds: o.timeout,
        dryRun: ctx.global.dryRun,
        pull,
        quietPull: Boolean(o["quiet-pull"]),
        build: Boolean(o.build),
        noBuild: Boolean(o["no-build"])
      });
    } finally {
      progress.finish();
    }
    if (ctx.global.dryRun) {
      ctx.stdout.write(compose.planToString(result.plan));
      return 0;
    }
    if (o.wait) {
      const waitProgress = await progressFor(ctx, "Waiting");
      try {
        await compose.waitForProject(project, session.host, result.containers, { timeoutMs: o["wait-timeout"] ? Number(o["wait-timeout"]) * 1e3 : void 0, services });
      } finally {
        waitProgress.finish();
      }
      if (!o.dashboard)
        return 0;
    }
    if (o.dashboard) {
      const { runDashboard } = await import("../chunks/run-RYYOP5DP.js");
      return runDashboard({ project: project.model.name, runtime, compose, services, tail: 200, stdout: ctx.stdout, stdin: ctx.stdin });
    }
    if (detach || o["no-start"])
      return 0;
    const { attachProject } = await import("../chunks/attach-logs-XOMDMPYB.js");
    return attachProject(ctx, { session, project, runtime, compose, containers: result.containers, services, abortOnExit, abortOnFailure: Boolean(o["abort-on-container-failure"]), exitCodeFrom, attach: o.attach, noAttach: o["no-attach"], timestamps: Boolean(o.timestamps), noLogPrefix: Boolean(o["no-log-prefix"]), noColor: Boolean(o["no-color"]), timeoutSeconds: o.timeout });
  }
};
var up_default = command;
export {
  up_default as default
};
