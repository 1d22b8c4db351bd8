import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-load.js
var command = {
  name: "image load",
  summary: "Load an image from a tar archive or STDIN",
  usage: "[OPTIONS]",
  options: {
    input: { type: "string", short: "i", description: "Read from tar archive file, instead of STDIN", valueName: "FILE" },
    quiet: { type: "boolean", short: "q", description: "Suppress the load output" }
  },
  async run(ctx) {
    if (ctx.args.positionals.length > 0)
      throw new UsageError('"image load" accepts no arguments', "use -i FILE or redirect the archive to stdin");
    const input = ctx.args.options.input;
    if (input === void 0 && ctx.stdin.isTTY) {
      throw new UsageError("requested load from stdin, but stdin is empty", "use -i FILE or redirect the archive to stdin");
    }
    const { images } = await openRuntimeFor(ctx);
    const res = await images.load(input ?? ctx.stdin);
    for (const m of res.messages)
      ctx.stdout.write(`${m}
`);
    return 0;
  }
};
var image_load_default = command;
export {
  image_load_default as default
};
