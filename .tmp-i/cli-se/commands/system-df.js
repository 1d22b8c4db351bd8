import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import {
  formatBytes
} from "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/system-df.js
import { execFileSync } from "node:child_process";
function du(path) {
  try {
    return Number(execFileSync("du", ["-sb", path], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("	")[0]) || 0;
  } catch {
    return 0;
  }
}
var command = {
  name: "system df",
  summary: "Show disk usage of images, containers and volumes",
  usage: "[OPTIONS]",
  options: {
    format: { type: "string", description: "Format output: 'table', 'json' or a template", valueName: "FORMAT" },
    verbose: { type: "boolean", short: "v", description: "Show detailed information on space usage" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const images = await rt.images.list();
    const containers = rt.containers.list({ all: true });
    const volumes = rt.volumes.list();
    const usedImages = new Set(containers.map((c) => rt.containers.get(c.id).Image));
    const imgSize = images.reduce((a, i) => a + (Number(i.Size) || 0), 0);
    const ctrSize = containers.reduce((a, c) => a + du(`${rt.paths.container(c.id)}/upper`), 0);
    const volSize = volumes.reduce((a, v) => a + du(v.Mountpoint), 0);
    const usedVols = volumes.filter((v) => rt.containers.list({ all: true, filters: [{ key: "volume", value: v.Name }] }).length > 0);
    const rows = [
      { Type: "Images", TotalCount: images.length, Active: images.filter((i) => usedImages.has(i.Id)).length, Size: formatBytes(imgSize), Reclaimable: "" },
      { Type: "Containers", TotalCount: containers.length, Active: containers.filter((c) => c.State === "running").length, Size: formatBytes(ctrSize), Reclaimable: "" },
      { Type: "Local Volumes", TotalCount: volumes.length, Active: usedVols.length, Size: formatBytes(volSize), Reclaimable: "" }
    ];
    ctx.stdout.write(renderFormatted(rows, ctx.args.options.format, "{{.Type}}	{{.TotalCount}}	{{.Active}}	{{.Size}}	{{.Reclaimable}}"));
    return 0;
  }
};
var system_df_default = command;
export {
  system_df_default as default
};
