import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);
import {
  noSuchService
} from "./chunk-JK2LWQMF.js";
import {
  loadComposeProject,
  openRuntimeFor,
  progressFor
} from "./chunk-UW7IX5JS.js";

// packages/cli/dist/project-containers.js
async function forEachProjectContainer(ctx, opts) {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx), openRuntimeFor(ctx), import("./dist-35LRJKLT.js")]);
  const services = ctx.args.positionals;
  checkServices(project, services);
  const host = new compose.RuntimeComposeHost(rt);
  const containers = (await host.listProjectContainers(project.model.name)).filter((c) => (!services.length || services.includes(c.service)) && opts.include(c));
  const progress = await progressFor(ctx, opts.title);
  const graph = compose.projectGraph(project.model);
  for (const c of containers)
    graph.addVertex(c.service);
  try {
    await graph.visit(opts.direction, async (service) => {
      await Promise.all(containers.filter((c) => c.service === service).map(async (c) => {
        progress.listener({ resource: `Container ${c.name}`, status: opts.verb[0], done: false });
        await opts.act(rt, c);
        progress.listener({ resource: `Container ${c.name}`, status: opts.verb[1], done: true });
      }));
    });
  } finally {
    progress.finish();
  }
  return 0;
}
function checkServices(project, services) {
  for (const s of services) {
    if (!(s in project.model.services) && !(s in project.disabledServices))
      throw noSuchService(s);
  }
}

export {
  forEachProjectContainer,
  checkServices
};
