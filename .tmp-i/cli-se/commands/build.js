import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  parseBuildArgs
} from "../chunks/chunk-6APH3UDC.js";
import {
  openComposeSession
} from "../chunks/chunk-UW7IX5JS.js";
import "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/build.js
var command = {
  name: "build",
  summary: "Build or rebuild services",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    "no-cache": { type: "boolean", description: "Do not use cache when building the image" },
    pull: { type: "boolean", description: "Always attempt to pull a newer version of the image" },
    quiet: { type: "boolean", short: "q", description: "Don't print anything to STDOUT" },
    "build-arg": { type: "string", multiple: true, description: "Set build-time variables for services", valueName: "KEY=VALUE" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    const { session, project, compose } = await openComposeSession(ctx, { services });
    for (const s of services)
      if (!(s in project.model.services))
        throw compose.noSuchService(s);
    const host = session.host;
    const names = services.length > 0 ? services : Object.keys(project.model.services).sort();
    const quiet = Boolean(o.quiet);
    const buildArgs = parseBuildArgs(o["build-arg"], ctx.env);
    const built = /* @__PURE__ */ new Set();
    const abort = new AbortController();
    process.once("SIGINT", () => abort.abort());
    for (const name of names) {
      const service = project.model.services[name];
      if (!service.build)
        continue;
      const image = compose.serviceImage(project.model.name, name, service);
      if (built.has(image))
        continue;
      built.add(image);
      if (ctx.global.dryRun) {
        ctx.stderr.write(`DRY-RUN MODE - build service ${name} into ${image}
`);
        continue;
      }
      if (!host.buildImage)
        throw new Error("this runtime cannot build images");
      if (!quiet)
        ctx.stderr.write(`Building ${name} (${image})
`);
      await host.buildImage({
        service: name,
        image,
        build: service.build,
        noCache: Boolean(o["no-cache"]),
        pull: Boolean(o.pull),
        buildArgs,
        signal: abort.signal,
        ...quiet ? {} : { output: ctx.stderr }
      });
      if (!quiet)
        ctx.stderr.write(` Service ${name}  Built
`);
    }
    return 0;
  }
};
var build_default = command;
export {
  build_default as default
};
