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

// packages/cli/dist/commands/container-inspect.js
var command = {
  name: "container inspect",
  summary: "Display detailed information on one or more containers",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  options: {
    format: { type: "string", short: "f", description: "Format output using a custom template ({{.Field}}, {{json .Field}})", valueName: "FORMAT" },
    size: { type: "boolean", short: "s", description: "Display total file sizes" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const refs = ctx.args.positionals;
    if (refs.length === 0)
      throw new UsageError('"container inspect" requires at least 1 argument');
    const out = [];
    let failed = 0;
    for (const ref of refs) {
      try {
        out.push(rt.containers.inspect(ref));
      } catch (err) {
        failed++;
        ctx.stderr.write(`Error: ${err.message}
`);
      }
    }
    const format = ctx.args.options.format;
    if (format)
      ctx.stdout.write(renderFormatted(out.map((o) => flattenForTemplate(o)), format, ""));
    else
      ctx.stdout.write(JSON.stringify(out, null, 4) + "\n");
    return failed ? 1 : 0;
  }
};
function flattenForTemplate(o) {
  const flat = {};
  const walk = (v, prefix) => {
    if (prefix)
      flat[prefix] = v;
    if (v && typeof v === "object" && !Array.isArray(v))
      for (const [k, c] of Object.entries(v))
        walk(c, prefix ? `${prefix}.${k}` : k);
  };
  walk(o, "");
  return flat;
}
var container_inspect_default = command;
export {
  container_inspect_default as default
};
