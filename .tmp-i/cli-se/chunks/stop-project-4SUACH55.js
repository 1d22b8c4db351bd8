import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import "./chunk-YD7X3SCX.js";

// packages/cli/dist/render/stop-project.js
async function stop(ctx, session, compose, timeoutSeconds, services) {
  const { project, host } = session;
  const graph = compose.projectGraph(project.model);
  const containers = await host.listProjectContainers(project.model.name);
  const only = services?.length ? new Set(services) : void 0;
  await graph.visit("down", async (service) => {
    if (only && !only.has(service))
      return;
    await Promise.all(containers.filter((c) => c.service === service && !c.oneoff && (c.state === "running" || c.state === "restarting" || c.state === "paused")).map(async (c) => {
      session.onProgress?.({ resource: `Container ${c.name}`, status: "Stopping", done: false });
      await host.stopContainer(c.id, timeoutSeconds);
      session.onProgress?.({ resource: `Container ${c.name}`, status: "Stopped", done: true });
    }));
  });
  void ctx;
}
export {
  stop
};
