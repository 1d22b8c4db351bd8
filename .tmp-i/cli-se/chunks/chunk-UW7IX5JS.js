import { createRequire as __tscCreateRequire } from 'node:module'; const require = __tscCreateRequire(import.meta.url);

// packages/cli/dist/compose-session.js
var DEFAULT_ROOT = "/var/lib/tsc-compose";
function stateRoot(ctx) {
  return ctx.global.root ?? ctx.env.TSC_COMPOSE_ROOT ?? DEFAULT_ROOT;
}
async function loadComposeProject(ctx, services = []) {
  const { loadProject } = await import("./dist-35LRJKLT.js");
  return loadProject({
    cwd: ctx.cwd,
    files: ctx.global.files,
    projectName: ctx.global.projectName,
    projectDirectory: ctx.global.projectDirectory,
    envFiles: ctx.global.envFiles,
    profiles: ctx.global.profiles,
    services,
    processEnv: ctx.env,
    onWarning: (m) => ctx.stderr.write(`WARN[0000] ${m}
`)
  });
}
async function openRuntimeFor(ctx) {
  const runtime = await import("./dist-N6K6W2S7.js");
  return runtime.openRuntime({ root: stateRoot(ctx) });
}
async function openComposeSession(ctx, opts = {}) {
  const [project, rt, compose] = await Promise.all([loadComposeProject(ctx, opts.services ?? []), openRuntimeFor(ctx), import("./dist-35LRJKLT.js")]);
  const host = new compose.RuntimeComposeHost(rt);
  const session = { project, host, root: stateRoot(ctx), onProgress: opts.onProgress };
  return { session, project, runtime: rt, compose };
}
async function progressFor(ctx, title) {
  if (ctx.stderr.isTTY && ctx.env.COMPOSE_PROGRESS !== "plain") {
    const { ttyProgress } = await import("./progress-tty-EQPWP3NG.js");
    return ttyProgress(ctx.stderr, title);
  }
  const { plainProgress } = await import("./progress-plain-C25VZCYG.js");
  return { listener: plainProgress(ctx.stderr), finish() {
  } };
}

export {
  stateRoot,
  loadComposeProject,
  openRuntimeFor,
  openComposeSession,
  progressFor
};
