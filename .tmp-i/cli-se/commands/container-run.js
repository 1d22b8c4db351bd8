import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  as125,
  createFlags,
  runtimeOf,
  toCreateOptions
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/container-run.js
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
var command = {
  name: "container run",
  summary: "Create and run a new container from an image",
  usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  options: {
    ...createFlags,
    detach: { type: "boolean", short: "d", description: "Run container in background and print container ID" },
    "sig-proxy": { type: "boolean", description: "Proxy received signals to the process (non-TTY mode only)", default: true }
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const o = ctx.args.options;
    const rt = runtimeOf(ctx);
    let opts;
    try {
      opts = toCreateOptions(ctx);
    } catch (err) {
      throw as125(err);
    }
    const detach = Boolean(o.detach);
    if (detach) {
      try {
        const r = await rt.containers.run(opts, { detach: true });
        ctx.stdout.write(`${r.id}
`);
        return 0;
      } catch (err) {
        throw as125(err);
      }
    }
    const { io, restore } = foregroundIo(ctx, Boolean(opts.tty), Boolean(opts.openStdin));
    let id;
    const proxy = (sig) => {
      if (id)
        void rt.containers.kill(id, sig).catch(() => void 0);
    };
    const proxied = o["sig-proxy"] !== false && !opts.tty ? ["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2"] : [];
    for (const s of proxied)
      process.on(s, proxy);
    try {
      const r = await rt.containers.run(opts, { io, onCreated: (cid) => id = cid });
      return r.exitCode;
    } catch (err) {
      throw as125(err);
    } finally {
      for (const s of proxied)
        process.off(s, proxy);
      restore();
    }
  }
};
var container_run_default = command;
export {
  container_run_default as default
};
