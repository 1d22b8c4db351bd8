import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  inspectShape,
  networksOf
} from "../chunks/chunk-RS7Q2UR3.js";
import {
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/network-inspect.js
var command = {
  name: "network inspect",
  summary: "Display detailed information on one or more networks",
  usage: "[OPTIONS] NETWORK [NETWORK...]",
  options: {
    format: { type: "string", short: "f", description: "Format output: 'json' or a template", valueName: "FORMAT" },
    verbose: { type: "boolean", short: "v", description: "Verbose output for diagnostics" }
  },
  async run(ctx) {
    if (ctx.args.positionals.length === 0)
      throw new UsageError('"network inspect" requires at least 1 argument: NETWORK');
    const nets = networksOf(ctx);
    const out = [];
    let failed = false;
    for (const ref of ctx.args.positionals) {
      const n = nets.find(ref);
      if (!n) {
        ctx.stderr.write(`Error: network ${ref} not found
`);
        failed = true;
        continue;
      }
      out.push(inspectShape(n));
    }
    const format = ctx.args.options.format;
    if (format && format !== "json")
      ctx.stdout.write(renderFormatted(out, format, ""));
    else if (out.length > 0 || !failed)
      ctx.stdout.write(JSON.stringify(out, null, 4) + "\n");
    return failed ? 1 : 0;
  }
};
var network_inspect_default = command;
export {
  network_inspect_default as default
};
