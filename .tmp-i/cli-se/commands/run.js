import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession,
  progressFor
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/run.js
var list = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [String(v)];
function foregroundIo(ctx, tty, interactive) {
  const stdin = ctx.stdin;
  const raw = tty && interactive && stdin.isTTY;
  if (raw)
    stdin.setRawMode(true);
  const io = {
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    ...interactive ? { stdin } : {},
    tty,
    onResize: (resize) => {
      if (!ctx.stdout.isTTY)
        return;
      const send = () => resize(ctx.stdout.rows, ctx.stdout.columns);
      send();
      ctx.stdout.on("resize", send);
    }
  };
  return {
    io,
    restore: () => {
      if (raw)
        stdin.setRawMode(false);
      if (interactive)
        stdin.pause();
    }
  };
}
function parseLabels(values) {
  const out = {};
  for (const l of values) {
    const eq = l.indexOf("=");
    if (eq <= 0)
      throw new UsageError("label must be set as KEY=VALUE");
    out[l.slice(0, eq)] = l.slice(eq + 1);
  }
  return out;
}
var command = {
  name: "run",
  summary: "Run a one-off command on a service",
  usage: "[OPTIONS] SERVICE [COMMAND] [ARGS...]",
  options: {
    detach: { type: "boolean", short: "d", description: "Run container in background and print container ID" },
    env: { type: "string", short: "e", multiple: true, description: "Set environment variables", valueName: "KEY=VAL" },
    label: { type: "string", short: "l", multiple: true, description: "Add or override a label", valueName: "KEY=VAL" },
    rm: { type: "boolean", description: "Automatically remove the container when it exits" },
    "no-TTY": { type: "boolean", short: "T", description: "Disable pseudo-TTY allocation (default: auto-detected)" },
    tty: { type: "boolean", short: "t", description: "Allocate a pseudo-TTY (the default on a terminal)", hidden: true },
    interactive: { type: "boolean", short: "i", description: "Keep STDIN open even if not attached", default: true },
    name: { type: "string", description: "Assign a name to the container", valueName: "NAME" },
    user: { type: "string", short: "u", description: "Run as specified username or uid", valueName: "USER" },
    workdir: { type: "string", short: "w", description: "Working directory inside the container", valueName: "DIR" },
    entrypoint: { type: "string", description: "Override the entrypoint of the image", valueName: "CMD" },
    "no-deps": { type: "boolean", description: "Don't start linked services" },
    volume: { type: "string", short: "v", multiple: true, description: "Bind mount a volume", valueName: "VOLUME" },
    publish: { type: "string", short: "p", multiple: true, description: "Publish a container's port(s) to the host", valueName: "PORT" },
    "service-ports": { type: "boolean", short: "P", description: "Run command with all service's ports enabled and mapped to the host" },
    "use-aliases": { type: "boolean", description: "Use the service's network aliases in the network(s) the container connects to" },
    "remove-orphans": { type: "boolean", description: "Remove containers for services not defined in the Compose file" },
    "cap-add": { type: "string", multiple: true, description: "Add Linux capabilities", valueName: "CAP" },
    "cap-drop": { type: "string", multiple: true, description: "Drop Linux capabilities", valueName: "CAP" },
    "quiet-pull": { type: "boolean", description: "Pull without printing progress information" },
    pull: { type: "string", description: 'Pull image before running ("always"|"missing"|"never")', valueName: "POLICY", default: "policy" },
    build: { type: "boolean", description: "Build image before starting container" },
    "sig-proxy": { type: "boolean", description: "Proxy received signals to the process", default: true, hidden: true }
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [service, ...command2] = ctx.args.positionals;
    if (!service)
      throw new UsageError('"run" requires at least 1 argument: SERVICE [COMMAND] [ARGS...]');
    const o = ctx.args.options;
    if (list(o.publish).length && o["service-ports"])
      throw new UsageError("--service-ports and --publish are incompatible");
    const labels = parseLabels(list(o.label));
    const detach = Boolean(o.detach);
    const atTty = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
    const tty = !o["no-TTY"] && (atTty || Boolean(o.tty));
    const interactive = !detach && o.interactive !== false;
    const progress = await progressFor(ctx, "Running");
    const { session, runtime, compose } = await openComposeSession(ctx, { services: [service], onProgress: progress.listener });
    let prepared;
    try {
      prepared = await compose.prepareRun(session, {
        service,
        command: command2,
        entrypoint: o.entrypoint !== void 0 ? compose.shellSplit(String(o.entrypoint)) : void 0,
        env: list(o.env),
        labels,
        volumes: list(o.volume),
        publish: list(o.publish),
        servicePorts: Boolean(o["service-ports"]),
        name: o.name,
        user: o.user,
        workdir: o.workdir,
        tty,
        interactive,
        autoRemove: Boolean(o.rm),
        noDeps: Boolean(o["no-deps"]),
        removeOrphans: Boolean(o["remove-orphans"]),
        capAdd: list(o["cap-add"]),
        capDrop: list(o["cap-drop"])
      });
    } finally {
      progress.finish();
    }
    const opts = prepared.options;
    if (detach) {
      const r = await runtime.containers.run(opts, { detach: true });
      ctx.stdout.write(`${r.id}
`);
      return 0;
    }
    const { io, restore } = foregroundIo(ctx, tty, interactive);
    let id;
    const proxy = (sig) => {
      if (id)
        void runtime.containers.kill(id, sig).catch(() => void 0);
    };
    const proxied = o["sig-proxy"] !== false ? ["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGQUIT"] : [];
    for (const s of proxied)
      process.on(s, proxy);
    try {
      const r = await runtime.containers.run(opts, { io, onCreated: (cid) => id = cid });
      return r.exitCode;
    } finally {
      for (const s of proxied)
        process.off(s, proxy);
      restore();
    }
  }
};
var run_default = command;
export {
  run_default as default
};
