import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openRuntimeFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/image-ls.js
var command = {
  name: "image ls",
  summary: "List images",
  usage: "[OPTIONS] [REPOSITORY[:TAG]]",
  options: {
    all: { type: "boolean", short: "a", description: "Show all images (default hides intermediate images)" },
    quiet: { type: "boolean", short: "q", description: "Only show image IDs" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" },
    digests: { type: "boolean", description: "Show digests" },
    filter: { type: "string", short: "f", multiple: true, description: "Filter output based on conditions provided (dangling=true|false, reference=PATTERN)", valueName: "FILTER" },
    format: { type: "string", description: "Format output using a custom template: 'table', 'json', or a Go template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const { imageRows, formatTable, renderTemplate, intermediateImageIds } = await import("../chunks/dist-N6K6W2S7.js");
    const o = ctx.args.options;
    const [repoFilter, ...extra] = ctx.args.positionals;
    if (extra.length > 0)
      throw new UsageError('"image ls" accepts at most 1 argument');
    const { images } = await openRuntimeFor(ctx);
    let summaries = await images.list();
    if (!o.all) {
      const parents = intermediateImageIds(images.paths.root, summaries.map((i) => i.Id));
      summaries = summaries.filter((i) => i.RepoTags.length > 0 || i.RepoDigests.length > 0 || !parents.has(i.Id));
    }
    let rows = imageRows(summaries, { noTrunc: Boolean(o["no-trunc"]) });
    const matches = (pattern, r) => {
      const [repo, tag] = pattern.includes(":") ? [pattern.slice(0, pattern.lastIndexOf(":")), pattern.slice(pattern.lastIndexOf(":") + 1)] : [pattern, void 0];
      const glob = (g, s) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, ".")}$`).test(s);
      return glob(repo, r.Repository) && (tag === void 0 || glob(tag, r.Tag));
    };
    if (repoFilter)
      rows = rows.filter((r) => matches(repoFilter, r));
    for (const f of o.filter ?? []) {
      const [k, v = ""] = f.split(/=(.*)/s);
      if (k === "dangling") {
        if (v !== "true" && v !== "false")
          throw new UsageError(`invalid filter 'dangling=${v}': want true or false`);
        rows = rows.filter((r) => r.Repository === "<none>" === (v === "true"));
      } else if (k === "reference") {
        rows = rows.filter((r) => matches(v, r));
      } else {
        throw new UsageError(`invalid filter '${k}'`, "supported filters: dangling, reference");
      }
    }
    if (o.quiet) {
      const ids = [...new Set(rows.map((r) => r.ID))];
      ctx.stdout.write(ids.map((i) => `${i}
`).join(""));
      return 0;
    }
    const format = o.format;
    if (format === "json") {
      ctx.stdout.write(rows.map((r) => `${JSON.stringify(r)}
`).join(""));
    } else if (format !== void 0 && format !== "table") {
      ctx.stdout.write(rows.map((r) => `${renderTemplate(format.replace(/^table\s+/, ""), { ...r })}
`).join(""));
    } else {
      const headers = ["REPOSITORY", "TAG", ...o.digests ? ["DIGEST"] : [], "IMAGE ID", "CREATED", "SIZE"];
      ctx.stdout.write(formatTable(headers, rows.map((r) => [r.Repository, r.Tag, ...o.digests ? [r.Digest] : [], r.ID, r.CreatedSince, r.Size])));
    }
    return 0;
  }
};
var image_ls_default = command;
export {
  image_ls_default as default
};
