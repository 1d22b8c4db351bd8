import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import {
  runtimeOf
} from "../chunks/chunk-OF33WFL2.js";
import "../chunks/chunk-XNDFLBB4.js";
import "../chunks/chunk-T5UK2L7C.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/container-exec.js
var list = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [String(v)];
var command = {
  name: "container exec",
  summary: "Execute a command in a running container",
  usage: "[OPTIONS] CONTAINER COMMAND [ARG...]",
  options: {
    detach: { type: "boolean", short: "d", description: "Detached mode: run command in the background" },
    interactive: { type: "boolean", short: "i", description: "Keep STDIN open even if not attached" },
    tty: { type: "boolean", short: "t", description: "Allocate a pseudo-TTY" },
    env: { type: "string", short: "e", multiple: true, description: "Set environment variables", valueName: "K=V" },
    user: { type: "string", short: "u", description: 'Username or UID (format: "<name|uid>[:<group|gid>]")', valueName: "USER" },
    workdir: { type: "string", short: "w", description: "Working directory inside the container", valueName: "DIR" },
    privileged: { type: "boolean", description: "Give extended privileges to the command" }
  },
  stopAfterPositionals: 1,
  async run(ctx) {
    const [ref, ...cmd] = ctx.args.positionals;
    if (!ref || cmd.length === 0)
      throw new UsageError('"container exec" requires at least 2 arguments: CONTAINER COMMAND [ARG...]');
    const o = ctx.args.options;
    const env = list(o.env).map((e) => e.includes("=") ? e : ctx.env[e] !== void 0 ? `${e}=${ctx.env[e]}` : e).filter((e) => e.includes("="));
    return runtimeOf(ctx).containers.exec(ref, {
      cmd,
      tty: Boolean(o.tty),
      interactive: Boolean(o.interactive),
      detach: Boolean(o.detach),
      env,
      user: o.user,
      workdir: o.workdir,
      privileged: Boolean(o.privileged)
    });
  }
};
var container_exec_default = command;
export {
  container_exec_default as default
};
