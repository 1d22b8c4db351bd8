import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  LogPrefixer
} from "./chunk-QOK4QDRP.js";
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/render/attach-logs.js
async function attachProject(ctx, o) {
  const { compose, session, project } = o;
  const all = Object.keys(project.model.services);
  const chosen = new Set((o.attach?.length ? o.attach : o.services.length ? o.services : all).filter((s) => !(o.noAttach ?? []).includes(s)));
  const prefixer = new LogPrefixer({ noColor: o.noColor || !ctx.stdout.isTTY, noPrefix: o.noLogPrefix, timestamps: o.timestamps }, [...chosen].map((s) => `${s}-1`));
  const controller = new AbortController();
  let exitCode = 0;
  let stopping;
  const running = /* @__PURE__ */ new Set();
  for (const s of chosen)
    for (const id of o.containers.get(s) ?? [])
      running.add(id);
  const stopAll = (reason) => {
    if (stopping)
      return stopping;
    if (reason)
      ctx.stderr.write(`${reason}
`);
    stopping = (async () => {
      const { stop } = await import("./stop-project-4SUACH55.js");
      await stop(ctx, session, compose, o.timeoutSeconds);
      controller.abort();
    })();
    return stopping;
  };
  let interrupts = 0;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts === 1) {
      exitCode = 130;
      void stopAll("Gracefully stopping... (press Ctrl+C again to force)");
    } else {
      ctx.stderr.write("Killing...\n");
      void (async () => {
        for (const id of running)
          await o.runtime.containers.kill(id, "SIGKILL").catch(() => {
          });
        controller.abort();
      })();
    }
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  try {
    await compose.followProjectLogs({
      project: project.model.name,
      host: session.host,
      services: chosen,
      follow: true,
      timestamps: o.timestamps,
      signal: controller.signal,
      readLogs: (id, opts) => o.runtime.containers.logs(id, { follow: opts.follow, since: opts.since, signal: opts.signal }),
      onLine: (l) => (l.stream === "stderr" && o.noLogPrefix ? ctx.stderr : ctx.stdout).write(prefixer.format(l.service, l.source, l.text, l.time)),
      onExit: (c) => {
        running.delete(c.id);
        ctx.stdout.write(prefixer.format(c.service, compose.sourceName(c), `exited with code ${c.exitCode ?? 0}`));
        if (o.exitCodeFrom === c.service)
          exitCode = c.exitCode ?? 0;
        if (o.abortOnExit || o.abortOnFailure && (c.exitCode ?? 0) !== 0) {
          if (!o.exitCodeFrom && o.abortOnFailure)
            exitCode = c.exitCode ?? 0;
          void stopAll("Aborting on container exit...");
        } else if (running.size === 0)
          controller.abort();
      }
    });
    if (stopping)
      await stopping;
  } finally {
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
  return exitCode;
}
export {
  attachProject
};
