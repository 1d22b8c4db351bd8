import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/push.js
var command = {
  name: "push",
  summary: "Push service images",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Push without printing progress information" },
    "ignore-push-failures": { type: "boolean", description: "Push what it can and ignores images with push failures" },
    "include-deps": { type: "boolean", description: "Also push images of services declared as dependencies" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    const quiet = Boolean(o.quiet);
    const progress = quiet ? void 0 : await progressFor(ctx, "Pushing");
    const emit = progress?.listener ?? (() => {
    });
    try {
      const { project, runtime, compose } = await openComposeSession(ctx, { services });
      const model = project.model;
      for (const s of services)
        if (!(s in model.services))
          throw new UsageError(`no such service: ${s}`);
      const targeted = services.length > 0 ? services : Object.keys(model.services);
      const selected = o["include-deps"] ? compose.projectGraph(model).closure(targeted) : new Set(targeted);
      const wanted = /* @__PURE__ */ new Map();
      for (const name of Object.keys(model.services).filter((n) => selected.has(n))) {
        const svc = model.services[name];
        if (svc.build && svc.image && !wanted.has(svc.image))
          wanted.set(svc.image, name);
      }
      const { pushImage } = await import("../chunks/dist-N6K6W2S7.js");
      const results = await Promise.allSettled([...wanted].map(async ([image, name]) => {
        emit({ resource: name, status: "Pushing", done: false });
        try {
          await pushImage(runtime.images, image, { env: ctx.env });
          emit({ resource: name, status: "Pushed", done: true });
        } catch (err) {
          const ignore = Boolean(o["ignore-push-failures"]);
          emit({ resource: name, status: ignore ? "Warning" : "Error", detail: err.message, done: true });
          if (!ignore)
            throw new compose.ComposeExecutionError("COMPOSE_PUSH_FAILED", `service "${name}": ${err.message}`, { cause: err, hint: err.hint });
        }
      }));
      const failed = results.find((r) => r.status === "rejected");
      if (failed)
        throw failed.reason;
      return 0;
    } finally {
      progress?.finish();
    }
  }
};
var push_default = command;
export {
  push_default as default
};
