import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/render/registry-progress.js
function bytes(n) {
  if (n < 1e3)
    return `${n}B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = n / 1e3;
  let i = 0;
  while (v >= 1e3 && i < units.length - 1) {
    v /= 1e3;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${units[i]}`;
}
var PROGRESS_STATUSES = /* @__PURE__ */ new Set(["Downloading", "Extracting", "Pushing"]);
function bar(current, total) {
  const width = 50;
  const filled = Math.min(width, Math.floor(current / Math.max(total, 1) * width));
  const arrow = filled < width ? ">" : "";
  return `[${"=".repeat(filled)}${arrow}${" ".repeat(Math.max(0, width - filled - arrow.length))}]  ${bytes(current)}/${bytes(total)}`;
}
function registryProgress(out) {
  const tty = Boolean(out.isTTY);
  const rows = /* @__PURE__ */ new Map();
  let count = 0;
  return (e) => {
    if (!e.id) {
      out.write(`${e.status}
`);
      if (tty)
        count = 0;
      rows.clear();
      return;
    }
    const text = `${e.id}: ${e.status}${tty && e.current !== void 0 && e.total ? ` ${bar(e.current, e.total)}` : ""}`;
    if (!tty) {
      if (!PROGRESS_STATUSES.has(e.status))
        out.write(`${text}
`);
      return;
    }
    const row = rows.get(e.id);
    if (row === void 0) {
      rows.set(e.id, count++);
      out.write(`${text}
`);
      return;
    }
    const up = count - row;
    out.write(`\x1B[${up}A\r\x1B[2K${text}\x1B[${up}B\r`);
  };
}
export {
  registryProgress
};
