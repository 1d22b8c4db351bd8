import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/down.js
var command = {
  name: "down",
  summary: "Stop and remove containers, networks",
  usage: "[OPTIONS] [SERVICES]",
  options: {
    volumes: { type: "boolean", short: "v", description: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' },
    rmi: { type: "string", description: `Remove images used by services. "local" remove only images that don't have a custom tag ("local"|"all")`, valueName: "TYPE" },
    "remove-orphans": { type: "boolean", description: "Remove containers for services not defined in the Compose file" },
    timeout: { type: "number", short: "t", description: "Specify a shutdown timeout in seconds", valueName: "SECONDS" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const rmi = o.rmi;
    if (rmi !== void 0 && rmi !== "local" && rmi !== "all")
      throw new UsageError(`invalid --rmi value "${rmi}": expected "local" or "all"`);
    const progress = await progressFor(ctx, "Running");
    try {
      const { session, compose } = await openComposeSession(ctx, { onProgress: progress.listener });
      const plan = await compose.down(session, {
        volumes: Boolean(o.volumes),
        rmi,
        removeOrphans: Boolean(o["remove-orphans"]) || ctx.env.COMPOSE_REMOVE_ORPHANS === "true",
        timeoutSeconds: o.timeout,
        services: ctx.args.positionals,
        dryRun: ctx.global.dryRun
      });
      if (ctx.global.dryRun)
        ctx.stdout.write(compose.planToString(plan));
    } finally {
      progress.finish();
    }
    return 0;
  }
};
var down_default = command;
export {
  down_default as default
};
