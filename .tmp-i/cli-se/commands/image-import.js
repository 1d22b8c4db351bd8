import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-import.js
var command = {
  name: "image import",
  summary: "Import the contents from a tarball or directory to create a filesystem image",
  usage: "[OPTIONS] file|DIR|- [REPOSITORY[:TAG]]",
  options: {
    change: { type: "string", short: "c", multiple: true, description: "Apply Dockerfile instruction to the created image", valueName: "LINE" },
    message: { type: "string", short: "m", description: "Set commit message for imported image", valueName: "MSG" },
    platform: { type: "string", description: "Set platform if server is multi-platform capable (os/arch[/variant])", valueName: "PLATFORM" }
  },
  async run(ctx) {
    const [src, ref, ...extra] = ctx.args.positionals;
    if (!src || extra.length > 0)
      throw new UsageError('"image import" requires 1 or 2 arguments', "usage: tsc-compose image import [OPTIONS] file|DIR|- [REPOSITORY[:TAG]]");
    if (/^[a-z]+:\/\//i.test(src))
      throw new UsageError(`importing from a URL is not supported: "${src}"`, "download the file first, then import it");
    const o = ctx.args.options;
    let platform;
    if (typeof o.platform === "string") {
      const [os, architecture, variant] = o.platform.split("/");
      if (!os || !architecture)
        throw new UsageError(`invalid platform "${o.platform}": want os/arch[/variant]`);
      platform = { os, architecture, ...variant ? { variant } : {} };
    }
    const { images } = await openRuntimeFor(ctx);
    const res = await images.importRootfs(src === "-" ? ctx.stdin : src, {
      ...ref ? { ref } : {},
      changes: o.change ?? [],
      ...typeof o.message === "string" ? { message: o.message } : {},
      ...platform ? { platform } : {}
    });
    ctx.stdout.write(`${res.id}
`);
    return 0;
  }
};
var image_import_default = command;
export {
  image_import_default as default
};
