import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor,
  stateRoot
} from "./chunk-UW7IX5JS.js";
import {
  UsageError
} from "./chunk-CYDFN6T3.js";

// packages/cli/dist/commands/image-build.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function parseBuildArgs(values, env) {
  const out = {};
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq === 0)
      throw new UsageError(`invalid --build-arg "${v}": want KEY=VALUE or KEY`);
    if (eq === -1) {
      if (env[v] !== void 0)
        out[v] = env[v];
    } else
      out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}
function parseLabels(values) {
  const out = {};
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq === 0)
      throw new UsageError(`invalid --label "${v}": want KEY=VALUE`);
    if (eq === -1)
      out[v] = "";
    else
      out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}
var command = {
  name: "image build",
  summary: "Build an image from a Dockerfile",
  usage: "[OPTIONS] PATH",
  options: {
    tag: { type: "string", short: "t", multiple: true, description: 'Name and optionally a tag in the "name:tag" format', valueName: "NAME" },
    file: { type: "string", short: "f", description: 'Name of the Dockerfile (default: "PATH/Dockerfile"; "-" reads it from stdin)', valueName: "FILE" },
    "build-arg": { type: "string", multiple: true, description: "Set build-time variables", valueName: "KEY=VALUE" },
    target: { type: "string", description: "Set the target build stage to build", valueName: "STAGE" },
    "no-cache": { type: "boolean", description: "Do not use cache when building the image" },
    label: { type: "string", multiple: true, description: "Set metadata for an image", valueName: "KEY=VALUE" },
    quiet: { type: "boolean", short: "q", description: "Suppress the build output and print image ID on success" },
    pull: { type: "boolean", description: "Always attempt to pull a newer version of the base images" },
    network: { type: "string", description: "Networking mode for the RUN instructions during build: none (default) or host", valueName: "MODE" }
  },
  async run(ctx) {
    const [path, ...extra] = ctx.args.positionals;
    if (!path || extra.length > 0)
      throw new UsageError('"image build" requires exactly 1 argument', "usage: tsc-compose image build [OPTIONS] PATH");
    if (path === "-" || /^[a-z]+:\/\//i.test(path) || /^git@/.test(path)) {
      throw new UsageError(`build context "${path}" is not supported: the context must be a local directory`, "clone or download it first, then build from the directory");
    }
    const o = ctx.args.options;
    const network = o.network;
    if (network !== void 0 && !["none", "host", "default"].includes(network))
      throw new UsageError(`invalid --network "${network}": want none, host or default`);
    const contextDir = resolve(ctx.cwd, path);
    const file = o.file;
    let dockerfileInline;
    let dockerfile;
    if (file === "-")
      dockerfileInline = readFileSync(0, "utf8");
    else if (file !== void 0)
      dockerfile = resolve(ctx.cwd, file);
    const quiet = Boolean(o.quiet);
    const [rt, runtime] = await Promise.all([openRuntimeFor(ctx), import("./dist-N6K6W2S7.js")]);
    const root = stateRoot(ctx);
    const abort = new AbortController();
    const onSigint = () => abort.abort();
    process.once("SIGINT", onSigint);
    const res = await runtime.buildImage(rt, {
      signal: abort.signal,
      contextDir,
      ...dockerfile ? { dockerfile } : {},
      ...dockerfileInline !== void 0 ? { dockerfileInline } : {},
      tags: o.tag ?? [],
      buildArgs: parseBuildArgs(o["build-arg"], ctx.env),
      ...o.target ? { target: o.target } : {},
      noCache: Boolean(o["no-cache"]),
      labels: parseLabels(o.label),
      ...network ? { network } : {},
      pull: Boolean(o.pull),
      pullImage: (ref) => runtime.pullImage(rt.images, ref, { root, env: ctx.env }),
      ...quiet ? {} : { output: ctx.stderr }
    });
    process.removeListener("SIGINT", onSigint);
    if (quiet)
      ctx.stdout.write(`${res.id}
`);
    else
      for (const w of res.warnings)
        if (!/were not consumed/.test(w))
          ctx.stderr.write(`WARNING: ${w}
`);
    return 0;
  }
};
var image_build_default = command;

export {
  parseBuildArgs,
  parseLabels,
  image_build_default
};
