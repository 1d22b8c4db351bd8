import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  stateRoot
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-push.js
var command = {
  name: "image push",
  summary: "Upload an image to a registry",
  usage: "[OPTIONS] NAME[:TAG]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Suppress verbose output" },
    "disable-content-trust": { type: "boolean", description: "Skip image signing (accepted, has no effect)", hidden: true }
  },
  async run(ctx) {
    const [ref, ...extra] = ctx.args.positionals;
    if (!ref || extra.length > 0)
      throw new UsageError('"image push" requires exactly 1 argument', "usage: tsc-compose image push [OPTIONS] NAME[:TAG]");
    const quiet = Boolean(ctx.args.options.quiet);
    const [{ ImageStore, pushImage }, { registryProgress }] = await Promise.all([import("../chunks/dist-N6K6W2S7.js"), import("../chunks/registry-progress-VGEJMFGJ.js")]);
    const store = new ImageStore({ root: stateRoot(ctx) });
    const ac = new AbortController();
    const onSigint = () => ac.abort();
    process.once("SIGINT", onSigint);
    try {
      const res = await pushImage(store, ref, { env: ctx.env, signal: ac.signal, ...quiet ? {} : { onProgress: registryProgress(ctx.stdout) } });
      if (quiet)
        ctx.stdout.write(`${ref}
`);
      else
        for (const m of res.messages)
          ctx.stdout.write(`${m}
`);
      return 0;
    } finally {
      process.removeListener("SIGINT", onSigint);
    }
  }
};
var image_push_default = command;
export {
  image_push_default as default
};
