import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-save.js
var command = {
  name: "image save",
  summary: "Save one or more images to a tar archive (streamed to STDOUT by default)",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  options: {
    output: { type: "string", short: "o", description: "Write to a file, instead of STDOUT", valueName: "FILE" },
    format: { type: "string", description: "Archive format: docker (OCI layout + manifest.json, the default) or oci", valueName: "FORMAT" }
  },
  async run(ctx) {
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"image save" requires at least 1 argument', "usage: tsc-compose image save [OPTIONS] IMAGE [IMAGE...]");
    const format = ctx.args.options.format ?? "docker";
    if (format !== "docker" && format !== "oci")
      throw new UsageError(`invalid --format "${format}": want docker or oci`);
    const output = ctx.args.options.output;
    if (output === void 0 && ctx.stdout.isTTY) {
      throw new UsageError("cowardly refusing to save to a terminal. Use the -o flag or redirect");
    }
    const { images } = await openRuntimeFor(ctx);
    await images.save(refs, output ?? ctx.stdout, { format });
    return 0;
  }
};
var image_save_default = command;
export {
  image_save_default as default
};
