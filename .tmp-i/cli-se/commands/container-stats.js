import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/container-stats.js
var TABLE = "{{.ID}}	{{.Name}}	{{.CPUPerc}}	{{.MemUsage}}	{{.MemPerc}}	{{.NetIO}}	{{.BlockIO}}	{{.PIDs}}";
var command = {
  name: "container stats",
  summary: "Display a live stream of container(s) resource usage statistics",
  usage: "[OPTIONS] [CONTAINER...]",
  options: {
    all: { type: "boolean", short: "a", description: "Show all containers (default shows just running)" },
    "no-stream": { type: "boolean", description: "Disable streaming stats and only pull the first result" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" },
    format: { type: "string", description: "Format output: 'table', 'json' or a template", valueName: "FORMAT" }
  },
  async run(ctx) {
    const rt = runtimeOf(ctx);
    const o = ctx.args.options;
    const refs = ctx.args.positionals;
    let prev = rt.containers.stats(refs).samples;
    await new Promise((r) => setTimeout(r, 500));
    const ac = new AbortController();
    process.once("SIGINT", () => ac.abort());
    for (; ; ) {
      const { stats, samples } = rt.containers.stats(refs, prev);
      prev = samples;
      const rows = stats.map(({ cpuPercent, memoryUsed, memoryLimit, pids, ...docker }) => (void cpuPercent, void memoryUsed, void memoryLimit, void pids, docker));
      const text = renderFormatted(rows, o.format, TABLE);
      if (o["no-stream"] || !ctx.stdout.isTTY) {
        ctx.stdout.write(text);
        if (o["no-stream"])
          return 0;
      } else {
        ctx.stdout.write(`\x1B[2J\x1B[H${text}`);
      }
      if (ac.signal.aborted)
        return 0;
      await new Promise((r) => setTimeout(r, 1e3));
      if (ac.signal.aborted)
        return 0;
    }
  }
};
var container_stats_default = command;
export {
  container_stats_default as default
};
