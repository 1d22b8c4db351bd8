import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from '../command.js'
import { openRuntimeFor, stateRoot } from '../compose-session.js'
import { keyValueOption, UsageError } from '../args.js'
import { interruptible } from '../interrupt.js'

/** `--build-arg K=V`, or `--build-arg K` taking K from the environment (skipped when unset), as docker does. */
export function parseBuildArgs(values: readonly string[] | undefined, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of values ?? []) {
    const eq = v.indexOf('=')
    if (eq === 0) throw new UsageError(`invalid --build-arg "${v}": want KEY=VALUE or KEY`)
    if (eq === -1) {
      if (env[v] !== undefined) out[v] = env[v]!
    } else out[v.slice(0, eq)] = v.slice(eq + 1)
  }
  return out
}

const command: Command = {
  name: 'image build',
  summary: 'Build an image from a Dockerfile',
  usage: '[OPTIONS] PATH',
  options: {
    tag: { type: 'string', short: 't', multiple: true, description: 'Name and optionally a tag in the "name:tag" format', valueName: 'NAME' },
    file: { type: 'string', short: 'f', description: 'Name of the Dockerfile (default: "PATH/Dockerfile"; "-" reads it from stdin)', valueName: 'FILE' },
    'build-arg': { type: 'string', multiple: true, description: 'Set build-time variables', valueName: 'KEY=VALUE' },
    target: { type: 'string', description: 'Set the target build stage to build', valueName: 'STAGE' },
    'no-cache': { type: 'boolean', description: 'Do not use cache when building the image' },
    label: { type: 'string', multiple: true, description: 'Set metadata for an image', valueName: 'KEY=VALUE' },
    quiet: { type: 'boolean', short: 'q', description: 'Suppress the build output and print image ID on success' },
    pull: { type: 'boolean', description: 'Always attempt to pull a newer version of the base images' },
    network: { type: 'string', description: 'Networking mode for the RUN instructions during build: none (default) or host', valueName: 'MODE' },
  },
  async run(ctx) {
    const [path, ...extra] = ctx.args.positionals
    if (!path || extra.length > 0) throw new UsageError('"image build" requires exactly 1 argument', 'usage: tsc-compose image build [OPTIONS] PATH')
    if (path === '-' || /^[a-z]+:\/\//i.test(path) || /^git@/.test(path)) {
      throw new UsageError(`build context "${path}" is not supported: the context must be a local directory`, 'clone or download it first, then build from the directory')
    }
    const o = ctx.args.options
    const network = o.network as string | undefined
    if (network !== undefined && !['none', 'host', 'default'].includes(network)) throw new UsageError(`invalid --network "${network}": want none, host or default`)
    const contextDir = resolve(ctx.cwd, path)
    const file = o.file as string | undefined
    let dockerfileInline: string | undefined
    let dockerfile: string | undefined
    if (file === '-') dockerfileInline = readFileSync(0, 'utf8')
    else if (file !== undefined) dockerfile = resolve(ctx.cwd, file) // docker's -f is relative to the working directory
    const quiet = Boolean(o.quiet)
    const [rt, runtime] = await Promise.all([openRuntimeFor(ctx), import('@tsc-compose/runtime')])
    const root = stateRoot(ctx)
    // Ctrl-C cancels: the running RUN container is killed and removed, nothing is tagged.
    const interrupt = interruptible()
    let res
    try {
      res = await runtime.buildImage(rt, {
        signal: interrupt.signal,
        contextDir,
        ...(dockerfile ? { dockerfile } : {}),
        ...(dockerfileInline !== undefined ? { dockerfileInline } : {}),
        tags: (o.tag as string[] | undefined) ?? [],
        buildArgs: parseBuildArgs(o['build-arg'] as string[] | undefined, ctx.env),
        ...(o.target ? { target: o.target as string } : {}),
        noCache: Boolean(o['no-cache']),
        labels: keyValueOption(o.label, 'label'),
        ...(network ? { network } : {}),
        pull: Boolean(o.pull),
        pullImage: (ref) => runtime.pullImage(rt.images, ref, { root, env: ctx.env }),
        ...(quiet ? {} : { output: ctx.stderr }),
      })
    } finally {
      interrupt.dispose()
    }
    if (quiet) ctx.stdout.write(`${res.id}\n`)
    else for (const w of res.warnings) if (!/were not consumed/.test(w)) ctx.stderr.write(`WARNING: ${w}\n`)
    return 0
  },
}
export default command
