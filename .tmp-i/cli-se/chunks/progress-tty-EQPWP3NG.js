import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/render/progress-tty.js
var DONE = /* @__PURE__ */ new Set(["Created", "Started", "Healthy", "Exited", "Recreated", "Stopped", "Removed", "Running", "Pulled", "Skipped", "Pushed", "Built"]);
function ttyProgress(out, title) {
  const rows = /* @__PURE__ */ new Map();
  let drawn = 0;
  let timer;
  const frames = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
  let frame = 0;
  const started = /* @__PURE__ */ new Map();
  const draw = () => {
    const lines = [];
    const done = [...rows.values()].filter((r) => DONE.has(r.status)).length;
    lines.push(`[+] ${title} ${done}/${rows.size}`);
    for (const [res, e] of rows) {
      const icon = e.status === "Error" ? "\x1B[31m\u2718\x1B[0m" : e.status === "Warning" ? "\x1B[33m!\x1B[0m" : DONE.has(e.status) ? "\x1B[32m\u2714\x1B[0m" : frames[frame % frames.length];
      const secs = ((Date.now() - (started.get(res) ?? Date.now())) / 1e3).toFixed(1);
      lines.push(` ${icon} ${res.padEnd(40)} ${e.status}${e.detail ? ` ${e.detail}` : ""}`.padEnd(70) + `\x1B[2m${secs}s\x1B[0m`);
    }
    if (drawn)
      out.write(`\x1B[${drawn}A`);
    out.write(lines.map((l) => `\x1B[2K${l}`).join("\n") + "\n");
    drawn = lines.length;
    frame += 1;
  };
  return {
    listener(e) {
      if (!started.has(e.resource))
        started.set(e.resource, Date.now());
      rows.set(e.resource, e);
      if (!timer)
        timer = setInterval(draw, 100);
      draw();
    },
    finish() {
      if (timer)
        clearInterval(timer);
      if (rows.size)
        draw();
    }
  };
}
export {
  ttyProgress
};
