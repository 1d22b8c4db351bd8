import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/pull.js
var command = {
  name: "pull",
  summary: "Pull service images",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Pull without printing progress information" },
    "ignore-pull-failures": { type: "boolean", description: "Pull what it can and ignores images with pull failures" },
    "include-deps": { type: "boolean", description: "Also pull services declared as dependencies" },
    "ignore-buildable": { type: "boolean", description: "Ignore images that can be built" },
    policy: { type: "string", description: 'Apply pull policy ("missing"|"always")', valueName: "POLICY" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    const policyFlag = o.policy;
    if (policyFlag !== void 0 && policyFlag !== "missing" && policyFlag !== "always")
      throw new UsageError(`invalid --policy "${policyFlag}": want missing or always`);
    const quiet = Boolean(o.quiet);
    const progress = quiet ? void 0 : await progressFor(ctx, "Pulling");
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
      const images = runtime.images;
      const wanted = /* @__PURE__ */ new Map();
      for (const name of Object.keys(model.services).filter((n) => selected.has(n))) {
        const svc = model.services[name];
        if (!svc.image) {
          emit({ resource: name, status: "Skipped", detail: "- No image to be pulled", done: true });
          continue;
        }
        const policy = policyFlag ?? compose.servicePullPolicy(svc);
        const present = (() => {
          try {
            images.find(svc.image);
            return true;
          } catch {
            return false;
          }
        })();
        if (policy === "never" || policy === "build") {
          emit({ resource: name, status: "Skipped", done: true });
          continue;
        }
        if (svc.pull_policy !== void 0 && policy === "missing" && present) {
          emit({ resource: name, status: "Skipped", detail: "- Image is already present locally", done: true });
          continue;
        }
        if (svc.build && o["ignore-buildable"]) {
          emit({ resource: name, status: "Skipped", detail: "- Image can be built", done: true });
          continue;
        }
        if (!wanted.has(svc.image))
          wanted.set(svc.image, name);
      }
      const { pullImage } = await import("../chunks/dist-N6K6W2S7.js");
      const results = await Promise.allSettled([...wanted].map(async ([image, name]) => {
        let started = false;
        try {
          await pullImage(images, image, {
            env: ctx.env,
            onProgress: () => {
              if (!started)
                emit({ resource: name, status: "Pulling", done: false });
              started = true;
            }
          });
          emit({ resource: name, status: "Pulled", done: true });
        } catch (err) {
          const ignore = Boolean(o["ignore-pull-failures"]);
          emit({ resource: name, status: ignore ? "Warning" : "Error", detail: err.message, done: true });
          if (!ignore)
            throw new compose.ComposeExecutionError("COMPOSE_PULL_FAILED", `service "${name}": ${err.message}`, { cause: err, hint: err.hint });
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
var pull_default = command;
export {
  pull_default as default
};
