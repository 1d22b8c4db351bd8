import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openProjectContext
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import {
  renderFormatted
} from "../chunks/chunk-S7AXWW7H.js";
import "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/stats.js
var TABLE = "{{.ID}}	{{.Name}}	{{.CPUPerc}}	{{.MemUsage}}	{{.MemPerc}}	{{.NetIO}}	{{.BlockIO}}	{{.PIDs}}";
var command = {
  name: "stats",
  summary: "Display a live stream of container(s) resource usage statistics",
  usage: "[OPTIONS] [SERVICE]",
  options: {
    all: { type: "boolean", short: "a", description: "Show all containers (default shows just running)" },
    format: { type: "string", description: "Format output using a custom template: 'table', 'json' or a Go-like template", valueName: "FORMAT" },
    "no-stream": { type: "boolean", description: "Disable streaming stats and only pull the first result" },
    "no-trunc": { type: "boolean", description: "Don't truncate output" }
  },
  async run(ctx) {
    const o = ctx.args.options;
    const services = ctx.args.positionals;
    const { rt, project } = await openProjectContext(ctx, services);
    const name = project.model.name;
    const ids = () => rt.containers.list({ all: Boolean(o.all), filters: [{ key: "label", value: `com.docker.compose.project=${name}` }] }).filter((c) => !services.length || services.includes(c.labels["com.docker.compose.service"] ?? "")).sort((a, b) => a.Names.localeCompare(b.Names)).map((c) => c.id);
    const frame = (prev2) => {
      const refs = ids();
      if (refs.length === 0)
        return { text: renderFormatted([], o.format, TABLE), samples: /* @__PURE__ */ new Map() };
      const { stats, samples } = rt.containers.stats(refs, prev2);
      const rows = stats.map(({ cpuPercent, memoryUsed, memoryLimit, pids, ...docker }) => {
        void cpuPercent, void memoryUsed, void memoryLimit, void pids;
        return o["no-trunc"] ? { ...docker, ID: refs.find((r) => r.startsWith(docker.ID)) ?? docker.ID } : docker;
      });
      return { text: renderFormatted(rows, o.format, TABLE), samples };
    };
    let prev = frame().samples;
    await new Promise((r) => setTimeout(r, 500));
    const ac = new AbortController();
    let interrupted = false;
    const onSigint = () => {
      interrupted = true;
      ac.abort();
    };
    process.once("SIGINT", onSigint);
    try {
      for (; ; ) {
        const f = frame(prev);
        prev = f.samples;
        if (o["no-stream"]) {
          ctx.stdout.write(f.text);
          return 0;
        }
        ctx.stdout.write(ctx.stdout.isTTY ? `\x1B[2J\x1B[H${f.text}` : f.text);
        await new Promise((r) => {
          const t = setTimeout(r, 1e3);
          ac.signal.addEventListener("abort", () => (clearTimeout(t), r()), { once: true });
        });
        if (ac.signal.aborted)
          return interrupted ? 130 : 0;
      }
    } finally {
      process.off("SIGINT", onSigint);
    }
  }
};
var stats_default = command;
export {
  stats_default as default
};
