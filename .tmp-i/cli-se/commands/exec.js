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

// packages/cli/dist/commands/exec.js
var list = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [String(v)];
var command = {
  name: "exec",
  summary: "Execute a command in a running container",
  usage: "[OPTIONS] SERVICE COMMAND [ARGS...]",
  options: {
    detach: { type: "boolean", short: "d", description: "Detached mode: Run command in the background" },
    env: { type: "string", short: "e", multiple: true, description: "Set environment variables", valueName: "KEY=VAL" },
    index: { type: "number", description: "Index of the container if service has multiple replicas", valueName: "N" },
    interactive: { type: "boolean", short: "i", description: "Keep STDIN open even if not attached", default: true },
    privileged: { type: "boolean", description: "Give extended privileges to the process" },
    user: { type: "string", short: "u", description: "Run the command as this user", valueName: "USER" },
    "no-TTY": { type: "boolean", short: "T", description: "Disable pseudo-TTY allocation. By default `exec` allocates a TTY when stdin and stdout are terminals" },
    tty: { type: "boolean", short: "t", description: "Allocate a pseudo-TTY (the default on a terminal)", hidden: true },
    workdir: { type: "string", short: "w", description: "Path to workdir directory for this command", valueName: "DIR" }
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [service, ...cmd] = ctx.args.positionals;
    if (!service || cmd.length === 0)
      throw new UsageError('"exec" requires at least 2 arguments: SERVICE COMMAND [ARGS...]');
    const o = ctx.args.options;
    const { rt, compose, containers } = await openProjectContext(ctx, [service]);
    const target = compose.pickServiceContainer(containers, { service, index: indexOption(o.index) });
    const detach = Boolean(o.detach);
    const atTty = Boolean(ctx.stdin.isTTY && ctx.stdout.isTTY);
    const tty = !detach && !o["no-TTY"] && (atTty || Boolean(o.tty));
    const env = list(o.env).flatMap((e) => e.includes("=") ? [e] : ctx.env[e] !== void 0 ? [`${e}=${ctx.env[e]}`] : []);
    return rt.containers.exec(target.id, {
      cmd,
      tty,
      interactive: !detach && o.interactive !== false,
      detach,
      env,
      user: o.user,
      workdir: o.workdir,
      privileged: Boolean(o.privileged)
    });
  }
};
var exec_default = command;
export {
  exec_default as default
};
