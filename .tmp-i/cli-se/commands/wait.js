import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  openComposeSession
} from "../chunks/chunk-UW7IX5JS.js";
import {
  UsageError
} from "../chunks/chunk-CYDFN6T3.js";
import "../chunks/chunk-YD7X3SCX.js";

// packages/cli/dist/commands/wait.js
var command = {
  name: "wait",
  summary: "Block until containers of all (or specified) services stop",
  usage: "SERVICE [SERVICE...] [OPTIONS]",
  options: {
    "down-project": { type: "boolean", description: "Drops project when the first container stops" }
  },
  async run(ctx) {
    const services = ctx.args.positionals;
    if (services.length === 0)
      throw new UsageError('"wait" requires at least 1 argument: SERVICE [SERVICE...]');
    const { session, project, runtime, compose } = await openComposeSession(ctx);
    for (const s of services)
      if (!(s in project.model.services) && !(s in project.disabledServices))
        throw compose.noSuchService(s);
    const running = (await session.host.listProjectContainers(project.model.name)).filter((c) => services.includes(c.service) && (c.state === "running" || c.state === "restarting" || c.state === "paused"));
    if (running.length === 0)
      throw new compose.ComposeExecutionError("COMPOSE_NO_CONTAINERS", `no containers for project "${project.model.name}"`, { exitCode: 1 });
    const ac = new AbortController();
    let interrupted = false;
    const stop = () => {
      interrupted = true;
      ac.abort();
    };
    process.once("SIGINT", stop);
    let status = 0;
    try {
      const waits = running.map(async (c) => {
        const code = await runtime.containers.wait(c.id, ac.signal);
        ctx.stdout.write(`container "${c.id}" exited with status code ${code}
`);
        status = code;
      });
      if (ctx.args.options["down-project"]) {
        await Promise.race(waits);
        await compose.down(session, {});
        return status;
      }
      await Promise.all(waits);
    } catch (err) {
      if (interrupted)
        return 130;
      throw err;
    } finally {
      process.off("SIGINT", stop);
    }
    return interrupted ? 130 : status;
  }
};
var wait_default = command;
export {
  wait_default as default
};
