import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/dashboard/run.js
import { render } from "ink";
import { createElement } from "react";

// packages/cli/dist/dashboard/App.js
import { jsx as _jsx5 } from "react/jsx-runtime";
import { useApp, useInput } from "ink";
import { useCallback as useCallback2, useEffect as useEffect4, useMemo as useMemo3, useRef as useRef2, useState as useState4 } from "react";

// packages/cli/dist/dashboard/DashboardView.js
import { jsx as _jsx4, jsxs as _jsxs4 } from "react/jsx-runtime";
import { Box as Box4, Text as Text4 } from "ink";

// packages/cli/dist/dashboard/format.js
function formatUptime(ms) {
  const s = Math.floor(Math.max(0, ms) / 1e3);
  const pad = (n) => String(n).padStart(2, "0");
  if (s < 60)
    return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60)
    return `${m}m${pad(s % 60)}s`;
  const h = Math.floor(m / 60);
  if (h < 24)
    return `${h}h${pad(m % 60)}m`;
  return `${Math.floor(h / 24)}d${pad(h % 24)}h`;
}
var UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(n) {
  let v = Math.max(0, n);
  let i = 0;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0)
    return `${Math.round(v)}B`;
  return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${UNITS[i]}`;
}
function formatMemory(used, limit) {
  if (used === void 0)
    return "-";
  return limit ? `${formatBytes(used)} / ${formatBytes(limit)}` : formatBytes(used);
}
function formatPercent(p) {
  return p === void 0 ? "-" : `${p.toFixed(p >= 1e3 ? 0 : p >= 100 ? 1 : 2)}%`;
}
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
function sanitizeLogText(text) {
  let t = text.replace(/\r?\n$/, "");
  const cr = t.lastIndexOf("\r");
  if (cr !== -1 && cr < t.length - 1)
    t = t.slice(cr + 1);
  return t.replace(ANSI, "").replace(/\t/g, "    ").replace(CONTROL, "");
}
function truncate(text, width) {
  if (width <= 0)
    return "";
  if (text.length <= width)
    return text;
  return width === 1 ? "\u2026" : `${text.slice(0, width - 1)}\u2026`;
}

// packages/cli/dist/dashboard/columns.js
var up = (r) => r.status === "running" || r.status === "paused" || r.status === "restarting";
var COLUMNS = [
  { id: "service", header: "SERVICE", priority: 5, align: "left", min: 6, max: 20, cell: (r) => r.service },
  { id: "name", header: "NAME", priority: 0, align: "left", min: 6, max: 32, cell: (r) => r.name },
  { id: "state", header: "STATE", priority: 0, align: "left", cell: (r) => r.stateLabel },
  { id: "health", header: "HEALTH", priority: 1, align: "left", cell: (r) => r.health ?? "-" },
  { id: "uptime", header: "UPTIME", priority: 6, align: "right", cell: (r) => r.uptimeMs === void 0 ? "-" : formatUptime(r.uptimeMs) },
  { id: "restarts", header: "RESTARTS", priority: 7, align: "right", cell: (r) => String(r.restarts) },
  // Running but only one sample so far: CPU % is coming, not zero.
  { id: "cpu", header: "CPU %", priority: 2, align: "right", cell: (r) => up(r) && r.cpuPercent === void 0 ? "\u2026" : formatPercent(r.cpuPercent) },
  { id: "memory", header: "MEM USAGE / LIMIT", priority: 3, align: "right", cell: (r) => formatMemory(r.memoryUsed, r.memoryLimit) },
  { id: "pids", header: "PIDS", priority: 8, align: "right", cell: (r) => r.pids === void 0 ? "-" : String(r.pids) },
  { id: "ports", header: "PORTS", priority: 4, align: "left", min: 10, max: 40, cell: (r) => r.ports || "-" }
];
var GAP = 2;
var MARKER = 2;
function layoutColumns(rows, width) {
  const natural = /* @__PURE__ */ new Map();
  for (const c of COLUMNS) {
    const w = Math.max(c.header.length, ...rows.map((r) => c.cell(r).length));
    natural.set(c.id, Math.min(w, c.max ?? w));
  }
  const chosen = /* @__PURE__ */ new Map();
  let used = MARKER;
  const cost = (w) => chosen.size === 0 ? w : w + GAP;
  for (const c of [...COLUMNS].sort((a, b) => a.priority - b.priority)) {
    const want = natural.get(c.id);
    const room = width - used - (chosen.size === 0 ? 0 : GAP);
    let w;
    if (want <= room)
      w = want;
    else if (c.min !== void 0 && room >= c.min)
      w = room;
    else if (c.priority === 0)
      w = Math.max(1, Math.min(want, room));
    if (w === void 0)
      break;
    used += cost(w);
    chosen.set(c.id, w);
  }
  return COLUMNS.filter((c) => chosen.has(c.id)).map((c) => ({ id: c.id, header: c.header, width: chosen.get(c.id), align: c.align }));
}
function cellText(row, col) {
  const def = COLUMNS.find((c) => c.id === col.id);
  return fit(def.cell(row), col);
}
function fit(text, col) {
  const t = truncate(text, col.width);
  return col.align === "right" ? t.padStart(col.width) : t.padEnd(col.width);
}
function headerLine(cols) {
  return " ".repeat(MARKER) + cols.map((c) => fit(c.header, c)).join(" ".repeat(GAP)).trimEnd();
}

// packages/cli/dist/dashboard/ContainerTable.js
import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Box, Text } from "ink";

// packages/cli/dist/dashboard/layout.js
var FIXED_LINES = 5;
var MIN_LOG_LINES = 3;
function paneHeights(terminalRows, rowCount) {
  const available = Math.max(2, terminalRows - 1 - FIXED_LINES);
  const maxTable = Math.max(1, available - Math.max(MIN_LOG_LINES, Math.floor(available / 2)));
  const tableRows = Math.min(Math.max(1, rowCount), maxTable);
  return { tableRows, logLines: Math.max(1, available - tableRows) };
}
var SERVICE_COLORS = ["cyan", "yellow", "green", "magenta", "blue", "cyanBright", "yellowBright", "greenBright", "magentaBright", "blueBright"];
function serviceColor(service, services) {
  const i = services.indexOf(service);
  return i === -1 ? "gray" : SERVICE_COLORS[i % SERVICE_COLORS.length];
}
function stateColor(row) {
  switch (row.status) {
    case "running":
      return "green";
    case "restarting":
      return "yellow";
    case "paused":
      return "blue";
    case "exited":
      return row.stateLabel === "exited (0)" ? "gray" : "red";
    case "dead":
      return "red";
    default:
      return "gray";
  }
}
function healthColor(health) {
  return health === "healthy" ? "green" : health === "unhealthy" ? "red" : health === "starting" ? "yellow" : void 0;
}
function detailText(row) {
  if (!row)
    return "";
  const parts = [row.name, row.stateLabel];
  if (row.health) {
    const streak = row.lastCheck && row.lastCheck.failingStreak > 0 ? ` (${row.lastCheck.failingStreak} failing)` : "";
    parts.push(`health: ${row.health}${streak}`);
    if (row.lastCheck) {
      const out = row.lastCheck.output.replace(/\s+/g, " ").trim();
      parts.push(`last check exit ${row.lastCheck.exitCode}${out ? `: ${out}` : ""}`);
    }
  }
  if (row.ports)
    parts.push(row.ports);
  return parts.join(" \xB7 ");
}

// packages/cli/dist/dashboard/ContainerTable.js
function cellColor(col, row, services) {
  switch (col.id) {
    case "service":
      return serviceColor(row.service, services);
    case "state":
      return stateColor(row);
    case "health":
      return healthColor(row.health);
    default:
      return void 0;
  }
}
function ContainerTable({ rows, columns, selected, window, services, project, loading }) {
  if (rows.length === 0) {
    return _jsxs(Box, { flexDirection: "column", children: [_jsx(Text, { dimColor: true, wrap: "truncate-end", children: headerLine(columns) }), _jsx(Text, { dimColor: true, wrap: "truncate-end", children: loading ? "  loading\u2026" : `  no containers for project ${project} yet (tsc-compose up -d starts them)` })] });
  }
  return _jsxs(Box, { flexDirection: "column", children: [_jsx(Text, { bold: true, wrap: "truncate-end", children: headerLine(columns) }), rows.slice(window.start, window.end).map((row, i) => {
    const isSelected = window.start + i === selected;
    return _jsxs(Text, { inverse: isSelected, wrap: "truncate-end", children: [isSelected ? "\u203A " : "  ", columns.map((col, c) => _jsx(Text, { color: cellColor(col, row, services), children: (c > 0 ? " ".repeat(GAP) : "") + cellText(row, col) }, col.id))] }, row.id);
  })] });
}

// packages/cli/dist/dashboard/HelpPanel.js
import { jsx as _jsx2, jsxs as _jsxs2 } from "react/jsx-runtime";
import { Box as Box2, Text as Text2 } from "ink";
var KEYS = [
  ["\u2191/\u2193 (k/j)", "select a container"],
  ["enter / l", "follow the logs of the selected service"],
  ["a", "follow the logs of all services"],
  ["r", "restart the selected service"],
  ["s", "stop the selected service, or start it when stopped"],
  ["o", "sort by service, CPU or memory"],
  ["?", "show or hide this help"],
  ["q / ctrl-c", "quit (the stack keeps running)"]
];
function HelpPanel({ height }) {
  const width = Math.max(...KEYS.map(([k]) => k.length));
  return _jsxs2(Box2, { flexDirection: "column", height: height + 1, children: [_jsx2(Text2, { bold: true, children: "Keys" }), KEYS.slice(0, Math.max(0, height)).map(([k, what]) => _jsxs2(Text2, { wrap: "truncate-end", children: ["  ", _jsx2(Text2, { color: "cyan", children: k.padEnd(width) }), "  ", what] }, k))] });
}

// packages/cli/dist/dashboard/LogPane.js
import { jsxs as _jsxs3, jsx as _jsx3 } from "react/jsx-runtime";
import { Box as Box3, Text as Text3 } from "ink";
function LogPane({ lines, focus, height, width, services, sourceWidth }) {
  const title = focus.kind === "all" ? "all services" : focus.service;
  const shown = lines.slice(-height);
  const prefixWidth = Math.min(sourceWidth, Math.max(4, Math.floor(width / 3)));
  return _jsxs3(Box3, { flexDirection: "column", children: [_jsxs3(Text3, { wrap: "truncate-end", children: [_jsxs3(Text3, { bold: true, children: ["Logs: ", title] }), _jsx3(Text3, { dimColor: true, children: focus.kind === "all" ? "  (enter/l: selected service)" : "  (a: all services)" })] }), _jsxs3(Box3, { flexDirection: "column", height, children: [shown.length === 0 ? _jsx3(Text3, { dimColor: true, children: "  no log lines yet" }) : null, shown.map((l) => _jsxs3(Text3, { wrap: "truncate-end", children: [_jsxs3(Text3, { color: l.service ? serviceColor(l.service, services) : "red", children: [truncate(l.source, prefixWidth).padEnd(prefixWidth), " | "] }), l.text] }, l.seq))] })] });
}

// packages/cli/dist/dashboard/model.js
function cpuPercent(prev, cur, onlineCpus) {
  if (!prev)
    return void 0;
  const cd = cur.containerNs - prev.containerNs;
  const sd = cur.systemNs - prev.systemNs;
  if (cd < 0 || sd <= 0)
    return void 0;
  return cd / sd * onlineCpus * 100;
}
function stateLabel(s) {
  return s.status === "exited" ? `exited (${s.exitCode})` : s.status;
}
function isUp(status) {
  return status === "running" || status === "paused";
}
function toRow(c, now, prev, onlineCpus = 1) {
  const st = c.state;
  const last = st.health?.Log[st.health.Log.length - 1];
  const started = Date.parse(st.startedAt);
  const usage = isUp(st.status) || st.status === "restarting" ? c.usage : void 0;
  const prevCpu = prev && prev.state.startedAt === st.startedAt ? prev.usage?.cpu : void 0;
  return {
    id: c.id,
    service: c.service,
    name: c.name,
    number: c.number,
    oneoff: c.oneoff,
    status: st.status,
    stateLabel: stateLabel(st),
    // A stopped container keeps its last health in the state file; docker shows none then.
    ...st.health && isUp(st.status) ? { health: st.health.Status } : {},
    ...last && isUp(st.status) ? { lastCheck: { exitCode: last.ExitCode, output: last.Output, failingStreak: st.health.FailingStreak } } : {},
    ...isUp(st.status) && Number.isFinite(started) && started > 0 ? { uptimeMs: Math.max(0, now - started) } : {},
    restarts: st.restartCount,
    ...usage ? {
      cpuPercent: cpuPercent(prevCpu, usage.cpu, onlineCpus),
      memoryUsed: usage.memoryUsed,
      memoryLimit: usage.memoryLimit,
      pids: usage.pids
    } : {},
    ports: c.ports
  };
}
var SORT_KEYS = ["service", "cpu", "memory"];
function sortRows(rows, key = "service") {
  const byService = (a, b) => Number(a.oneoff) - Number(b.oneoff) || a.service.localeCompare(b.service) || a.number - b.number || a.name.localeCompare(b.name);
  const metric = (r) => (key === "cpu" ? r.cpuPercent : r.memoryUsed) ?? (isUp(r.status) || r.status === "restarting" ? 0 : -1);
  return [...rows].sort(key === "service" ? byService : (a, b) => metric(b) - metric(a) || byService(a, b));
}
function buildRows(cur, prev, key = "service") {
  const before = new Map((prev?.containers ?? []).map((c) => [c.id, c]));
  return sortRows(cur.containers.map((c) => toRow(c, cur.at, before.get(c.id), cur.onlineCpus)), key);
}
function summarize(rows) {
  return {
    containers: rows.length,
    running: rows.filter((r) => r.status === "running").length,
    unhealthy: rows.filter((r) => r.health === "unhealthy").length,
    exited: rows.filter((r) => r.status === "exited" || r.status === "dead").length
  };
}
function servicesOf(rows) {
  return [...new Set(sortRows(rows).map((r) => r.service))];
}
function serviceIsUp(rows, service) {
  return rows.some((r) => r.service === service && !r.oneoff && (isUp(r.status) || r.status === "restarting"));
}

// packages/cli/dist/dashboard/view-state.js
function initialViewState(focusService) {
  return { selectedIndex: 0, focus: focusService ? { kind: "service", service: focusService } : { kind: "all" }, help: false, sort: "service" };
}
function selectedIndex(state, rows) {
  if (rows.length === 0)
    return -1;
  const byId = state.selectedId === void 0 ? -1 : rows.findIndex((r) => r.id === state.selectedId);
  return byId !== -1 ? byId : Math.min(Math.max(0, state.selectedIndex), rows.length - 1);
}
function selectedRow(state, rows) {
  const i = selectedIndex(state, rows);
  return i === -1 ? void 0 : rows[i];
}
function selectAt(state, rows, index) {
  if (rows.length === 0)
    return state;
  const i = Math.min(Math.max(0, index), rows.length - 1);
  return { ...state, selectedIndex: i, selectedId: rows[i].id };
}
function reduceView(state, action, rows) {
  const cur = selectedIndex(state, rows);
  switch (action.type) {
    case "up":
      return selectAt(state, rows, cur - 1);
    case "down":
      return selectAt(state, rows, cur + 1);
    case "select":
      return selectAt(state, rows, action.index);
    case "focus-selected": {
      const row = rows[cur];
      return row ? { ...state, focus: { kind: "service", service: row.service } } : state;
    }
    case "focus-all":
      return { ...state, focus: { kind: "all" } };
    case "toggle-help":
      return { ...state, help: !state.help };
    case "cycle-sort":
      return { ...state, sort: SORT_KEYS[(SORT_KEYS.indexOf(state.sort) + 1) % SORT_KEYS.length] };
  }
}
function visibleWindow(count, selected, max) {
  if (count <= max)
    return { start: 0, end: count };
  const start = Math.min(Math.max(0, selected - Math.floor(max / 2)), count - max);
  return { start, end: start + max };
}

// packages/cli/dist/dashboard/DashboardView.js
var HINT = "\u2191\u2193 select  enter/l logs  a all  r restart  s stop/start  o sort  ? help  q quit";
function DashboardView(p) {
  const heights = paneHeights(p.terminalRows, p.rows.length);
  const cols = layoutColumns(p.rows, p.columns);
  const sel = selectedIndex(p.view, p.rows);
  const services = servicesOf(p.rows);
  const sum = summarize(p.rows);
  const counts = [`${sum.containers} containers`, `${sum.running} running`, ...sum.exited ? [`${sum.exited} exited`] : [], ...sum.unhealthy ? [`${sum.unhealthy} unhealthy`] : []];
  return _jsxs4(Box4, { flexDirection: "column", width: p.columns, children: [_jsxs4(Text4, { wrap: "truncate-end", children: [_jsx4(Text4, { bold: true, color: "cyan", children: "tsc-compose dashboard" }), ` \xB7 ${p.project} \xB7 ${p.loading ? "loading\u2026" : counts.join(", ")} \xB7 sort: ${p.view.sort}`, p.error ? _jsx4(Text4, { color: "red", children: ` \xB7 poll failed: ${p.error}` }) : null] }), _jsx4(ContainerTable, { rows: p.rows, columns: cols, selected: sel, window: visibleWindow(p.rows.length, sel, heights.tableRows), services, project: p.project, loading: p.loading }), _jsx4(Text4, { dimColor: true, wrap: "truncate-end", children: detailText(p.rows[sel]) || " " }), p.view.help ? _jsx4(HelpPanel, { height: heights.logLines }) : _jsx4(LogPane, { lines: p.logLines, focus: p.view.focus, height: heights.logLines, width: p.columns, services, sourceWidth: p.sourceWidth }), _jsx4(Text4, { wrap: "truncate-end", color: p.status?.startsWith("Error") ? "red" : void 0, dimColor: !p.status, children: p.status ?? HINT })] });
}

// packages/cli/dist/dashboard/use-log-buffer.js
import { useEffect, useMemo, useState } from "react";

// packages/cli/dist/dashboard/log-buffer.js
function rfc3339ToNs(time) {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(time);
  const ms = Date.parse(m ? `${m[1]}${m[3]}` : time);
  if (Number.isNaN(ms))
    return 0n;
  return BigInt(ms) * 1000000n + (m?.[2] ? BigInt(m[2].padEnd(9, "0")) : 0n);
}
var LogBuffer = class {
  perSource;
  bySource = /* @__PURE__ */ new Map();
  seq = 0;
  constructor(perSource) {
    this.perSource = perSource;
  }
  push(line) {
    let lines = this.bySource.get(line.source);
    if (!lines)
      this.bySource.set(line.source, lines = []);
    lines.push({ ...line, text: sanitizeLogText(line.text), seq: this.seq++, ns: rfc3339ToNs(line.time) });
    if (lines.length > this.perSource * 1.25)
      lines.splice(0, lines.length - this.perSource);
  }
  /** A note from the dashboard itself (a follow error), shown among the logs. */
  note(text, now = /* @__PURE__ */ new Date()) {
    this.push({ service: "", source: "(dashboard)", stream: "stderr", time: now.toISOString(), text });
  }
  /** The last `n` lines matching the filter, oldest first, interleaved by time. */
  tail(n, filter = {}) {
    if (n <= 0)
      return [];
    const picked = [];
    for (const lines of this.bySource.values()) {
      const matching = filter.service === void 0 ? lines : lines.filter((l) => l.service === filter.service || l.service === "");
      picked.push(...matching.slice(-Math.min(n, this.perSource)));
    }
    picked.sort((a, b) => a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.seq - b.seq);
    return picked.slice(-n);
  }
  /** Widest source name, so prefixes line up as `docker compose logs` aligns them. */
  sourceWidth(filter = {}) {
    let w = 0;
    for (const [source, lines] of this.bySource) {
      if (filter.service === void 0 || lines.some((l) => l.service === filter.service))
        w = Math.max(w, source.length);
    }
    return w;
  }
  get lineCount() {
    let n = 0;
    for (const lines of this.bySource.values())
      n += lines.length;
    return n;
  }
};

// packages/cli/dist/dashboard/use-log-buffer.js
var FLUSH_MS = 100;
function useLogBuffer(source, tail) {
  const buffer = useMemo(() => new LogBuffer(Math.max(tail, 50)), [source, tail]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    let dirty = false;
    const timer = setInterval(() => {
      if (!dirty)
        return;
      dirty = false;
      setVersion((v) => v + 1);
    }, FLUSH_MS);
    const onError = (err) => {
      if (ac.signal.aborted)
        return;
      buffer.note(`logs: ${err?.message ?? String(err)}`);
      dirty = true;
    };
    source.followLogs({
      tail,
      signal: ac.signal,
      onLine: (l) => {
        buffer.push(l);
        dirty = true;
      },
      onError
    }).catch(onError);
    return () => {
      ac.abort();
      clearInterval(timer);
    };
  }, [source, buffer, tail]);
  return { buffer, version };
}

// packages/cli/dist/dashboard/use-snapshot.js
import { useCallback, useEffect as useEffect2, useMemo as useMemo2, useRef, useState as useState2 } from "react";
function useSnapshot(source, pollMs, sort) {
  const [state, setState] = useState2({});
  const refreshRef = useRef(() => void 0);
  useEffect2(() => {
    let stopped = false;
    let timer;
    let inFlight = false;
    let again = false;
    const tick = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      clearTimeout(timer);
      try {
        const snap = await source.poll();
        if (!stopped)
          setState((s) => ({ cur: snap, prev: s.cur }));
      } catch (err) {
        if (!stopped)
          setState((s) => ({ ...s, error: err?.message ?? String(err) }));
      } finally {
        inFlight = false;
      }
      if (stopped)
        return;
      if (again) {
        again = false;
        void tick();
      } else {
        timer = setTimeout(() => void tick(), pollMs);
      }
    };
    refreshRef.current = () => void tick();
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [source, pollMs]);
  const rows = useMemo2(() => state.cur ? buildRows(state.cur, state.prev, sort) : [], [state.cur, state.prev, sort]);
  const refresh = useCallback(() => refreshRef.current(), []);
  return { rows, snapshot: state.cur, error: state.error, refresh };
}

// packages/cli/dist/dashboard/use-terminal-size.js
import { useStdout } from "ink";
import { useEffect as useEffect3, useState as useState3 } from "react";
function useTerminalSize(fixed) {
  const { stdout } = useStdout();
  const read = () => ({ columns: fixed?.columns ?? stdout.columns ?? 80, rows: fixed?.rows ?? stdout.rows ?? 24 });
  const [size, setSize] = useState3(read);
  useEffect3(() => {
    const onResize = () => setSize(read());
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [stdout, fixed?.columns, fixed?.rows]);
  return fixed?.columns !== void 0 && fixed.rows !== void 0 ? fixed : size;
}

// packages/cli/dist/dashboard/App.js
function App({ source, tail = 200, pollMs = 1e3, focusService, size, statusMs = 5e3 }) {
  const { exit } = useApp();
  const term = useTerminalSize(size);
  const [view, setView] = useState4(() => initialViewState(focusService));
  const viewRef = useRef2(view);
  viewRef.current = view;
  const snap = useSnapshot(source, pollMs, view.sort);
  const { refresh } = snap;
  const { buffer, version } = useLogBuffer(source, tail);
  const [status, setStatus] = useState4();
  const rowsRef = useRef2(snap.rows);
  rowsRef.current = snap.rows;
  const dispatch = useCallback2((a) => setView((v) => reduceView(v, a, rowsRef.current)), []);
  useEffect4(() => {
    if (!status || status.endsWith("\u2026"))
      return;
    const t = setTimeout(() => setStatus(void 0), statusMs);
    return () => clearTimeout(t);
  }, [status, statusMs]);
  const busy = useRef2(false);
  const act = useCallback2((doing, done, service, fn) => {
    if (busy.current)
      return;
    busy.current = true;
    setStatus(`${doing} ${service}\u2026`);
    fn().then(() => setStatus(`${done} ${service}`), (err) => setStatus(`Error: ${service}: ${err?.message ?? String(err)}`)).finally(() => {
      busy.current = false;
      refresh();
    });
  }, [refresh]);
  useInput((input, key) => {
    if (input === "q" || key.ctrl && input === "c") {
      exit();
      return;
    }
    if (key.escape && viewRef.current.help)
      return dispatch({ type: "toggle-help" });
    if (key.upArrow || input === "k")
      return dispatch({ type: "up" });
    if (key.downArrow || input === "j")
      return dispatch({ type: "down" });
    if (key.return || input === "l")
      return dispatch({ type: "focus-selected" });
    if (input === "a")
      return dispatch({ type: "focus-all" });
    if (input === "?")
      return dispatch({ type: "toggle-help" });
    if (input === "o")
      return dispatch({ type: "cycle-sort" });
    const rows = rowsRef.current;
    const row = selectedRow(viewRef.current, rows);
    if (!row)
      return;
    if (input === "r")
      act("Restarting", "Restarted", row.service, () => source.restartService(row.service));
    if (input === "s") {
      if (serviceIsUp(rows, row.service))
        act("Stopping", "Stopped", row.service, () => source.stopService(row.service));
      else
        act("Starting", "Started", row.service, () => source.startService(row.service));
    }
  });
  const heights = paneHeights(term.rows, snap.rows.length);
  const focusFilter = view.focus.kind === "service" ? { service: view.focus.service } : {};
  const logLines = useMemo3(
    () => buffer.tail(heights.logLines, focusFilter),
    // version: new lines arrived in the (mutable) buffer
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [buffer, version, heights.logLines, view.focus]
  );
  return _jsx5(DashboardView, { project: source.project, rows: snap.rows, view, logLines, sourceWidth: buffer.sourceWidth(focusFilter), columns: term.columns, terminalRows: term.rows, status, error: snap.error, loading: !snap.snapshot });
}

// packages/cli/dist/dashboard/data-source.js
import { cpus } from "node:os";

// packages/cli/dist/dashboard/log-follow.js
var LIVE = /* @__PURE__ */ new Set(["running", "restarting", "paused"]);
var SEP = "#";
async function followDashboardLogs(o) {
  const base = new o.compose.RuntimeComposeHost(o.runtime);
  const gens = /* @__PURE__ */ new Map();
  let last = [];
  const host = {
    async listProjectContainers(project) {
      try {
        last = await base.listProjectContainers(project);
      } catch (err) {
        o.onError(err);
      }
      return last.map((c) => {
        let g = gens.get(c.id);
        if (!g)
          gens.set(c.id, g = { gen: 0, ended: false });
        if (g.ended && LIVE.has(c.state)) {
          g.gen += 1;
          g.ended = false;
        }
        return { ...c, id: `${c.id}${SEP}${g.gen}` };
      });
    }
  };
  async function* read(key, signal) {
    const id = key.slice(0, key.lastIndexOf(SEP));
    const gen = Number(key.slice(key.lastIndexOf(SEP) + 1));
    const g = gens.get(id);
    const resume = gen > 0;
    try {
      const since = resume && g.lastNs !== void 0 ? g.lastNs + 1n : void 0;
      for await (const e of o.runtime.containers.logs(id, { follow: true, ...resume ? {} : { tail: o.tail }, ...since !== void 0 ? { since } : {}, signal })) {
        g.lastNs = rfc3339ToNs(e.time);
        yield e;
      }
    } catch (err) {
      if (!signal.aborted && err.code !== "CONTAINER_NOT_FOUND")
        o.onError(err);
    } finally {
      if (g.gen === gen)
        g.ended = true;
    }
  }
  await o.compose.followProjectLogs({
    project: o.project,
    host,
    services: o.services,
    follow: true,
    signal: o.signal,
    discoverMs: o.discoverMs ?? 1e3,
    readLogs: (key, opts) => read(key, opts.signal),
    onLine: o.onLine
  });
}

// packages/cli/dist/dashboard/data-source.js
var UP = /* @__PURE__ */ new Set(["running", "paused", "restarting"]);
var SETTLE_MS = 5e3;
function createRuntimeSource(o) {
  const { runtime: rt, compose, project } = o;
  const L = compose.composeLabels;
  const onlineCpus = o.onlineCpus ?? cpus().length;
  const now = o.now ?? Date.now;
  const projectContainers = () => rt.containers.list({ all: true, filters: [{ key: "label", value: `${L.LABEL_PROJECT}=${project}` }] }).filter((c) => !o.services || o.services.has(c.labels[L.LABEL_SERVICE] ?? ""));
  const usageOf = (ids) => {
    const out = /* @__PURE__ */ new Map();
    const collect = (refs) => {
      const { stats, samples } = rt.containers.stats(refs);
      refs.forEach((id, i) => {
        const s = stats[i];
        const cpu = samples.get(id);
        if (s && cpu)
          out.set(id, { cpu, memoryUsed: s.memoryUsed, memoryLimit: s.memoryLimit, pids: s.pids });
      });
    };
    if (ids.length === 0)
      return out;
    try {
      collect(ids);
    } catch {
      for (const id of ids) {
        try {
          collect([id]);
        } catch {
        }
      }
    }
    return out;
  };
  const settled = async (id) => {
    const deadline = Date.now() + SETTLE_MS;
    while (Date.now() < deadline) {
      try {
        if (!UP.has(rt.containers.state(id).status))
          return;
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const serviceContainers = (service) => projectContainers().filter((c) => c.labels[L.LABEL_SERVICE] === service && c.labels[L.LABEL_ONEOFF] !== "True").map((c) => c.id);
  return {
    project,
    async poll() {
      const at = now();
      const seen = [];
      for (const c of projectContainers()) {
        try {
          seen.push({ c, state: rt.containers.state(c.id) });
        } catch {
        }
      }
      const usage = usageOf(seen.filter((s) => UP.has(s.state.status)).map((s) => s.c.id));
      const containers = seen.map(({ c, state }) => ({
        id: c.id,
        name: c.Names,
        service: c.labels[L.LABEL_SERVICE] ?? "",
        number: Number(c.labels[L.LABEL_CONTAINER_NUMBER] ?? 0),
        oneoff: c.labels[L.LABEL_ONEOFF] === "True",
        state,
        ports: c.Ports,
        ...usage.has(c.id) ? { usage: usage.get(c.id) } : {}
      }));
      return { project, at, onlineCpus, containers };
    },
    followLogs(req) {
      return followDashboardLogs({ project, runtime: rt, compose, services: o.services, ...req });
    },
    async restartService(service) {
      await Promise.all(serviceContainers(service).map(async (id) => {
        await rt.containers.stop(id);
        await settled(id);
        await rt.containers.start(id);
      }));
    },
    async stopService(service) {
      await Promise.all(serviceContainers(service).map(async (id) => {
        await rt.containers.stop(id);
        await settled(id);
      }));
    },
    async startService(service) {
      await Promise.all(serviceContainers(service).map((id) => rt.containers.start(id)));
    }
  };
}

// packages/cli/dist/dashboard/run.js
var CLOSE_WAIT_MS = 2e3;
var ENTER_ALT_SCREEN = "\x1B[?1049h\x1B[H";
var LEAVE_ALT_SCREEN = "\x1B[?1049l";
async function runDashboard(o) {
  const base = createRuntimeSource({
    project: o.project,
    runtime: o.runtime,
    compose: o.compose,
    ...o.services.length ? { services: new Set(o.services) } : {}
  });
  const following = /* @__PURE__ */ new Set();
  const source = {
    ...base,
    followLogs(req) {
      const p = base.followLogs(req);
      following.add(p);
      return p;
    }
  };
  o.stdout.write(ENTER_ALT_SCREEN);
  const leave = () => {
    o.stdout.write(LEAVE_ALT_SCREEN);
  };
  process.once("exit", leave);
  const app = render(createElement(App, { source, tail: o.tail, pollMs: o.pollMs, focusService: o.services.length === 1 ? o.services[0] : void 0 }), {
    stdout: o.stdout,
    stdin: o.stdin,
    exitOnCtrlC: false,
    patchConsole: true
  });
  const quit = () => app.unmount();
  process.on("SIGINT", quit);
  process.on("SIGTERM", quit);
  process.on("SIGHUP", quit);
  try {
    await app.waitUntilExit();
  } finally {
    for (const s of ["SIGINT", "SIGTERM", "SIGHUP"])
      process.off(s, quit);
    app.cleanup();
    process.off("exit", leave);
    leave();
  }
  let timer;
  await Promise.race([Promise.allSettled(following), new Promise((r) => timer = setTimeout(r, CLOSE_WAIT_MS))]);
  clearTimeout(timer);
  return 0;
}
export {
  runDashboard
};
