import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  indexOption,
  openProjectContext
} from "../chunks/chunk-JK2LWQMF.js";
import "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/attach.js
async function followOutput(rt, id, ctx, sigProxy) {
  const since = /* @__PURE__ */ new Date();
  const proxy = (sig) => void rt.containers.kill(id, sig).catch(() => void 0);
  const proxied = sigProxy ? ["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGQUIT"] : [];
  for (const s of proxied)
    process.on(s, proxy);
  try {
    const exit = rt.containers.wait(id);
    for await (const e of rt.containers.logs(id, { follow: true, since }))
      (e.stream === "stderr" ? ctx.stderr : ctx.stdout).write(e.text);
    return await exit;
  } finally {
    for (const s of proxied)
      process.off(s, proxy);
  }
}
var command = {
  name: "attach",
  summary: "Attach local standard input, output, and error streams to a service's running container",
  usage: "[OPTIONS] SERVICE",
  options: {
    "detach-keys": { type: "string", description: "Override the key sequence for detaching from a container", valueName: "KEYS" },
    index: { type: "number", description: "Index of the container if service has multiple replicas", valueName: "N" },
    "no-stdin": { type: "boolean", description: "Do not attach STDIN" },
    "sig-proxy": { type: "boolean", description: "Proxy all received signals to the process", default: true }
  },
  async run(ctx) {
    const [service, ...extra] = ctx.args.positionals;
    if (!service || extra.length)
      throw new UsageError('"attach" requires exactly 1 argument: SERVICE');
    const o = ctx.args.options;
    const { rt, compose, containers } = await openProjectContext(ctx, [service]);
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(o.index) });
    const rec = rt.containers.get(target.id);
    const tty = rec.Config.Tty;
    const withStdin = !o["no-stdin"] && rec.Config.OpenStdin;
    if (!withStdin)
      return followOutput(rt, target.id, ctx, o["sig-proxy"] !== false);
    const raw = tty && withStdin && ctx.stdin.isTTY;
    if (raw)
      ctx.stdin.setRawMode(true);
    const io = {
      stdout: ctx.stdout,
      stderr: ctx.stderr,
      ...withStdin ? { stdin: ctx.stdin } : {},
      tty,
      onResize: (resize) => {
        if (!ctx.stdout.isTTY)
          return;
        const send = () => resize(ctx.stdout.rows, ctx.stdout.columns);
        send();
        ctx.stdout.on("resize", send);
      }
    };
    const proxy = (sig) => void rt.containers.kill(target.id, sig).catch(() => void 0);
    const proxied = o["sig-proxy"] !== false && !tty ? ["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGQUIT"] : [];
    for (const s of proxied)
      process.on(s, proxy);
    try {
      return await rt.containers.attach(target.id, io);
    } finally {
      for (const s of proxied)
        process.off(s, proxy);
      if (raw)
        ctx.stdin.setRawMode(false);
      if (withStdin)
        ctx.stdin.pause();
    }
  }
};
var attach_default = command;
export {
  attach_default as default
};
