import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-history.js
var command = {
  name: "image history",
  summary: "Show the history of an image",
  usage: "[OPTIONS] IMAGE",
  options: {
    human: { type: "boolean", short: "H", default: true, description: "Print sizes and dates in human readable format" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" },
    quiet: { type: "boolean", short: "q", description: "Only show image IDs" },
    format: { type: "string", description: "Format output using a custom template: 'table', 'json', or a Go template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const [name, ...extra] = ctx.args.positionals;
    if (!name || extra.length > 0)
      throw new UsageError('"image history" requires exactly 1 argument');
    const { historyRows, formatTable, renderTemplate } = await import("../chunks/dist-N6K6W2S7.js");
    const o = ctx.args.options;
    const { images } = await openRuntimeFor(ctx);
    const rows = historyRows(await images.history(name), { noTrunc: Boolean(o["no-trunc"]), human: o.human !== false });
    if (o.quiet) {
      ctx.stdout.write(rows.map((r) => `${r.ID}
`).join(""));
      return 0;
    }
    const format = o.format;
    if (format === "json")
      ctx.stdout.write(rows.map((r) => `${JSON.stringify(r)}
`).join(""));
    else if (format !== void 0 && format !== "table")
      ctx.stdout.write(rows.map((r) => `${renderTemplate(format.replace(/^table\s+/, ""), { ...r })}
`).join(""));
    else
      ctx.stdout.write(formatTable(["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"], rows.map((r) => [r.ID, r.CreatedSince, r.CreatedBy, r.Size, r.Comment])));
    return 0;
  }
};
var image_history_default = command;
export {
  image_history_default as default
};
