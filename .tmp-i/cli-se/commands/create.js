import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/create.js
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
  name: "create",
  summary: "Creates containers for a service",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    build: { type: "boolean", description: "Build images before starting containers" },
    "no-build": { type: "boolean", description: "Don't build an image, even if it's policy" },
    "force-recreate": { type: "boolean", description: "Recreate containers even if their configuration and image haven't changed" },
    "no-recreate": { type: "boolean", description: "If containers already exist, don't recreate them. Incompatible with --force-recreate" },
    pull: { type: "string", description: 'Pull image before running ("always"|"missing"|"never"|"build")', valueName: "POLICY", default: "policy" },
    "quiet-pull": { type: "boolean", description: "Pull without printing progress information" },
    "remove-orphans": { type: "boolean", description: "Remove containers for services not defined in the Compose file" },
    scale: { type: "string", multiple: true, description: "Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present", valueName: "SERVICE=NUM" },
    yes: { type: "boolean", short: "y", description: 'Assume "yes" as answer to all prompts and run non-interactively' }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    if (o["no-recreate"] && o["force-recreate"])
      throw new UsageError("--force-recreate and --no-recreate are incompatible");
    const progress = await progressFor(ctx, "Creating");
    let result;
    try {
      const { session, project, compose } = await openComposeSession(ctx, { services, onProgress: progress.listener });
      for (const s of services)
        if (!(s in project.model.services))
          throw compose.noSuchService(s);
      result = await compose.up(session, {
        services,
        noStart: true,
        recreate: o["force-recreate"] ? "force" : o["no-recreate"] ? "never" : "diverged",
        scale: parseScale(o.scale),
        removeOrphans: Boolean(o["remove-orphans"]) || ctx.env.COMPOSE_REMOVE_ORPHANS === "true",
        dryRun: ctx.global.dryRun
      });
      if (ctx.global.dryRun)
        ctx.stdout.write(compose.planToString(result.plan));
    } finally {
      progress.finish();
    }
    return 0;
  }
};
var create_default = command;
export {
  create_default as default
};
