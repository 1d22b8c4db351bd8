import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/volume-inspect.js
var command = {
  name: "volume inspect",
  summary: "Display detailed information on one or more volumes",
  usage: "[OPTIONS] VOLUME [VOLUME...]",
  options: {
    format: { type: "string", short: "f", description: "Format output using a custom template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"volume inspect" requires at least 1 argument');
    const rt = runtimeOf(ctx);
    const out = [];
    let failed = 0;
    for (const r of refs) {
      try {
        const { Anonymous, ...v } = rt.volumes.inspect(r);
        void Anonymous;
        out.push(v);
      } catch (err) {
        failed++;
        ctx.stderr.write(`Error: ${err.message}
`);
      }
    }
    const format = ctx.args.options.format;
    ctx.stdout.write(format ? renderFormatted(out, format, "") : JSON.stringify(out, null, 4) + "\n");
    return failed ? 1 : 0;
  }
};
var volume_inspect_default = command;
export {
  volume_inspect_default as default
};
