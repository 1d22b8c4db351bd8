import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-inspect.js
var command = {
  name: "image inspect",
  summary: "Display detailed information on one or more images",
  usage: "[OPTIONS] IMAGE [IMAGE...]",
  options: {
    format: { type: "string", short: "f", description: "Format output using a custom template: 'json' or a Go template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const names = ctx.args.positionals;
    if (names.length === 0)
      throw new UsageError('"image inspect" requires at least 1 argument');
    const { renderTemplate, isTscError } = await import("../chunks/dist-N6K6W2S7.js");
    const { images } = await openRuntimeFor(ctx);
    const found = [];
    let status = 0;
    for (const n of names) {
      try {
        found.push(await images.inspect(n));
      } catch (err) {
        if (!isTscError(err))
          throw err;
        ctx.stderr.write(`Error: ${err.message}
`);
        status = 1;
      }
    }
    const format = ctx.args.options.format;
    if (format === void 0 || format === "") {
      ctx.stdout.write(`${JSON.stringify(found, null, 4)}
`);
    } else if (format === "json") {
      ctx.stdout.write(`${JSON.stringify(found)}
`);
    } else {
      for (const i of found)
        ctx.stdout.write(`${renderTemplate(format, i)}
`);
    }
    return status;
  }
};
var image_inspect_default = command;
export {
  image_inspect_default as default
};
