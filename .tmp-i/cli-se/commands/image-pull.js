import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  stateRoot
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-pull.js
var command = {
  name: "image pull",
  summary: "Download an image from a registry",
  usage: "[OPTIONS] NAME[:TAG|@DIGEST]",
  options: {
    quiet: { type: "boolean", short: "q", description: "Suppress verbose output" },
    platform: { type: "string", description: "Set platform if server is multi-platform capable (os/arch[/variant])", valueName: "PLATFORM" },
    "disable-content-trust": { type: "boolean", description: "Skip image verification (accepted, has no effect)", hidden: true }
  },
  async run(ctx) {
    const [ref, ...extra] = ctx.args.positionals;
    if (!ref || extra.length > 0)
      throw new UsageError('"image pull" requires exactly 1 argument', "usage: tsc-compose image pull [OPTIONS] NAME[:TAG|@DIGEST]");
    const o = ctx.args.options;
    const quiet = Boolean(o.quiet);
    const [{ ImageStore, pullImage }, { registryProgress }] = await Promise.all([import("../chunks/dist-N6K6W2S7.js"), import("../chunks/registry-progress-VGEJMFGJ.js")]);
    const store = new ImageStore({ root: stateRoot(ctx) });
    const ac = new AbortController();
    const onSigint = () => ac.abort();
    process.once("SIGINT", onSigint);
    try {
      const res = await pullImage(store, ref, {
        env: ctx.env,
        signal: ac.signal,
        ...typeof o.platform === "string" ? { platform: o.platform } : {},
        ...quiet ? {} : { onProgress: registryProgress(ctx.stdout) }
      });
      if (!quiet)
        for (const m of res.messages)
          ctx.stdout.write(`${m}
`);
      ctx.stdout.write(`${res.reference}
`);
      return 0;
    } finally {
      process.removeListener("SIGINT", onSigint);
    }
  }
};
var image_pull_default = command;
export {
  image_pull_default as default
};
