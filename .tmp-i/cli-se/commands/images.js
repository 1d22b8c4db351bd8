import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  jsonArray,
  openProjectContext,
  tabulate
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/images.js
function splitRef(ref) {
  const at = ref.indexOf("@");
  const base = at === -1 ? ref : ref.slice(0, at);
  const colon = base.lastIndexOf(":");
  if (colon > base.lastIndexOf("/"))
    return [base.slice(0, colon), base.slice(colon + 1)];
  return [base, at === -1 ? "latest" : ""];
}
var command = {
  name: "images",
  summary: "List images used by the created containers",
  usage: "[OPTIONS] [SERVICE...]",
  options: {
    format: { type: "string", description: "Format the output. Values: [table | json]", valueName: "FORMAT", default: "table" },
    quiet: { type: "boolean", short: "q", description: "Only display IDs" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const format = String(o.format);
    if (format !== "table" && format !== "json")
      throw new UsageError(`unsupported --format "${format}": expected table or json`);
    const services = ctx.args.positionals;
    const [{ rt, containers }, runtimeLib] = await Promise.all([openProjectContext(ctx, services), import("../chunks/dist-N6K6W2S7.js")]);
    const rows = [];
    for (const c of containers.filter((c2) => !services.length || services.includes(c2.service)).sort((a, b) => a.name.localeCompare(b.name))) {
      const rec = rt.containers.find(c.id);
      if (!rec)
        continue;
      const image = await rt.images.inspect(rec.Image).catch(() => void 0);
      const ref = rec.Config.Image;
      const tagged = image?.RepoTags.find((t) => t === ref || t === `${ref}:latest`) ?? image?.RepoTags[0];
      const [repository, tag] = tagged ? splitRef(tagged) : ["", ""];
      rows.push({
        ID: rec.Image,
        ContainerName: c.name,
        Repository: repository,
        Tag: tag,
        Platform: { architecture: image?.Architecture ?? "", os: image?.Os ?? "", ...image?.Variant ? { variant: image.Variant } : {} },
        Size: image?.Size ?? 0,
        Created: image?.Created ?? "",
        LastTagTime: image?.Metadata.LastTagTime ?? ""
      });
    }
    if (o.quiet) {
      const ids = [...new Set(rows.map((r) => r.ID.replace(/^[^:]*:/, "")))];
      ctx.stdout.write(ids.map((id) => `${id}
`).join(""));
      return 0;
    }
    if (format === "json") {
      ctx.stdout.write(jsonArray(rows));
      return 0;
    }
    const table = rows.map((r) => [
      r.ContainerName,
      r.Repository || "<none>",
      r.Tag || "<none>",
      [r.Platform.os, r.Platform.architecture, r.Platform.variant].filter(Boolean).join("/"),
      r.ID.replace(/^sha256:/, "").slice(0, 12),
      runtimeLib.humanSize(r.Size),
      r.Created ? runtimeLib.since(Date.parse(r.Created) / 1e3) : ""
    ]);
    ctx.stdout.write(tabulate([["CONTAINER", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED"], ...table], { minWidth: 20, padding: 3 }));
    return 0;
  }
};
var images_default = command;
export {
  images_default as default
};
