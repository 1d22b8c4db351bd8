import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Command, CommandContext, GlobalOptions, OptionsTable } from './command.js'
import { parseArgs, UsageError } from './args.js'
import { renderError } from './render/error.js'
import { commandSucceeded, loadCachedModule } from './code-cache.js'
import { VERSION } from './version.js'

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands')

/** Groups whose subcommands live in `commands/<group>-<sub>.js`, like `container run`. */
const GROUPS = ['container', 'image', 'network', 'volume', 'system'] as const

const globalTable: OptionsTable = {
  file: { type: 'string', short: 'f', multiple: true, description: 'Compose configuration files', valueName: 'FILE' },
  'project-name': { type: 'string', short: 'p', description: 'Project name', valueName: 'NAME' },
  'project-directory': { type: 'string', description: 'Alternate working directory (default: the first compose file\'s directory)', valueName: 'DIR' },
  profile: { type: 'string', multiple: true, description: 'Profile to enable', valueName: 'PROFILE' },
  'env-file': { type: 'string', multiple: true, description: 'Alternate environment file', valueName: 'FILE' },
  'dry-run': { type: 'boolean', description: 'Print what would be done, do nothing' },
  ansi: { type: 'string', description: 'Control when to print ANSI control characters ("never"|"always"|"auto")', valueName: 'WHEN' },
  progress: { type: 'string', description: 'Set type of progress output ("auto"|"tty"|"plain"|"json"|"quiet")', valueName: 'TYPE' },
  parallel: { type: 'number', description: 'Control max parallelism, -1 for unlimited', valueName: 'N' },
  compatibility: { type: 'boolean', description: 'Accepted for docker compose scripts; names keep docker compose v2\'s dashes' },
  'all-resources': { type: 'boolean', description: 'Accepted for docker compose scripts (every resource is already included)' },
  root: { type: 'string', description: 'State root (default /var/lib/tsc-compose, or TSC_COMPOSE_ROOT)', valueName: 'DIR' },
  debug: { type: 'boolean', description: 'Show stack traces and debug output' },
  version: { type: 'boolean', short: 'v', description: 'Print version information and exit' },
  help: { type: 'boolean', short: 'h', description: 'Print usage' },
}

function commandFile(name: string): string {
  return join(commandsDir, `${name}.js`)
}

/** Resolves argv to a command module name and the remaining args, without loading anything. */
export function resolveCommand(argv: readonly string[]): { name: string; rest: string[] } | undefined {
  const [first, second] = argv
  if (!first) return undefined
  if ((GROUPS as readonly string[]).includes(first) && second && !second.startsWith('-')) {
    const name = `${first}-${second}`
    if (existsSync(commandFile(name))) return { name, rest: argv.slice(2) }
  }
  if (existsSync(commandFile(first))) return { name: first, rest: argv.slice(1) }
  return undefined
}

async function loadCommand(name: string): Promise<Command> {
  // The bundle's often-used commands also exist as CommonJS files loaded through V8's code
  // cache (start-up time, see code-cache.ts); tsc's dist/ has none.
  const fast = join(commandsDir, '..', 'fast', `${name}.cjs`)
  if (existsSync(fast)) return (loadCachedModule(fast) as { default: Command }).default
  const mod = (await import(pathToFileURL(commandFile(name)).href)) as { default: Command }
  return mod.default
}

function splitGlobal(argv: readonly string[]): { globalArgs: string[]; rest: string[] } {
  // Global flags come before the command word; everything from the first positional on
  // belongs to the command.
  const globalArgs: string[] = []
  let i = 0
  while (i < argv.length) {
    const a = argv[i]!
    if (!a.startsWith('-') || a === '-') break
    globalArgs.push(a)
    const name = a.startsWith('--') ? a.slice(2).split('=')[0]! : undefined
    const short = !a.startsWith('--') ? a.slice(1) : undefined
    const spec = name ? globalTable[name] : Object.values(globalTable).find((s) => s.short === short)
    if (spec && spec.type !== 'boolean' && !a.includes('=') && (name || short?.length === 1)) {
      if (i + 1 < argv.length) globalArgs.push(argv[i + 1]!)
      i += 2
      continue
    }
    i += 1
  }
  return { globalArgs, rest: argv.slice(i) as string[] }
}

/**
 * docker compose's output and parallelism flags, passed on as the environment variables it
 * also reads (COMPOSE_ANSI, COMPOSE_PROGRESS, COMPOSE_PARALLEL_LIMIT): the flag wins. Bad
 * values are refused like docker compose refuses them.
 */
function globalsToEnv(opts: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  const choice = (flag: string, value: unknown, allowed: readonly string[]): string | undefined => {
    if (value === undefined) return undefined
    if (!allowed.includes(String(value))) throw new UsageError(`invalid --${flag} value "${String(value)}": expected one of ${allowed.join(', ')}`)
    return String(value)
  }
  const ansi = choice('ansi', opts.ansi, ['never', 'always', 'auto'])
  if (ansi) env.COMPOSE_ANSI = ansi
  const progress = choice('progress', opts.progress, ['auto', 'tty', 'plain', 'json', 'quiet'])
  if (progress) env.COMPOSE_PROGRESS = progress
  if (opts.parallel !== undefined) env.COMPOSE_PARALLEL_LIMIT = String(opts.parallel)
}

function toGlobal(opts: Record<string, unknown>, env: NodeJS.ProcessEnv): GlobalOptions {
  return {
    root: (opts.root as string | undefined) ?? env.TSC_COMPOSE_ROOT,
    debug: Boolean(opts.debug),
    files: (opts.file as string[] | undefined) ?? [],
    projectName: opts['project-name'] as string | undefined,
    projectDirectory: opts['project-directory'] as string | undefined,
    profiles: (opts.profile as string[] | undefined) ?? [],
    envFiles: (opts['env-file'] as string[] | undefined) ?? [],
    dryRun: Boolean(opts['dry-run']),
  }
}

export function formatOptions(table: OptionsTable): string {
  const rows = Object.entries(table)
    .filter(([, s]) => !s.hidden)
    .map(([name, s]) => {
      const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'boolean' ? '' : ` ${s.valueName ?? s.type}`}`
      return [flag, s.description + (s.default !== undefined && s.default !== false ? ` (default ${String(s.default)})` : '')] as const
    })
  const width = Math.max(0, ...rows.map(([f]) => f.length))
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`).join('\n')
}

async function mainHelp(): Promise<string> {
  const names = existsSync(commandsDir)
    ? readdirSync(commandsDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort()
    : []
  const pairs: [string, string][] = []
  for (const name of names) {
    const cmd = await loadCommand(name)
    pairs.push([name.replace('-', ' '), cmd.summary])
  }
  const width = Math.max(0, ...pairs.map(([n]) => n.length))
  const top = pairs.filter(([n]) => !n.includes(' '))
  const grouped = pairs.filter(([n]) => n.includes(' '))
  return [
    'Usage:  tsc-compose [OPTIONS] COMMAND',
    '',
    'Define and run multi-container applications, on a container runtime of its own.',
    '',
    'Options:',
    formatOptions(globalTable),
    '',
    'Commands:',
    ...top.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    '',
    'Runtime commands:',
    ...grouped.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    '',
    'Run \'tsc-compose COMMAND --help\' for more information on a command.',
  ].join('\n')
}

function commandHelp(name: string, cmd: Command): string {
  return [
    `Usage:  tsc-compose ${name.replace('-', ' ')} ${cmd.usage ?? '[OPTIONS]'}`,
    '',
    cmd.summary,
    '',
    'Options:',
    formatOptions(cmd.options),
  ].join('\n')
}

/**
 * A reader that goes away (`tsc-compose logs | head`) ends the CLI the way SIGPIPE ends other
 * tools, exit 141 (128 + 13), instead of an unhandled 'error' event and its stack trace.
 */
function exitOnBrokenPipe(stream: NodeJS.WriteStream, debug: () => boolean): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(141)
    process.exit(renderError(err, process.stderr, debug()))
  })
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let debug = argv.includes('--debug')
  exitOnBrokenPipe(process.stdout, () => debug)
  exitOnBrokenPipe(process.stderr, () => debug)
  try {
    const { globalArgs, rest } = splitGlobal(argv)
    const parsedGlobal = parseArgs(globalArgs, globalTable)
    const global = toGlobal(parsedGlobal.options, env)
    globalsToEnv(parsedGlobal.options, env)
    debug = global.debug
    if (parsedGlobal.options.version && rest.length === 0) {
      process.stdout.write(`tsc-compose version ${VERSION}\n`)
      return 0
    }
    if (parsedGlobal.options.help || rest.length === 0) {
      process.stdout.write((await mainHelp()) + '\n')
      return 0
    }
    const resolved = resolveCommand(rest)
    if (!resolved) {
      throw new UsageError(`unknown command: "${rest.slice(0, 2).join(' ')}"`, "run 'tsc-compose --help' for the list of commands")
    }
    const cmd = await loadCommand(resolved.name)
    if (resolved.rest.includes('--help') && !(cmd.stopAfterPositionals !== undefined && resolved.rest.indexOf('--help') > 0 && !resolved.rest.slice(0, resolved.rest.indexOf('--help')).every((a) => a.startsWith('-')))) {
      process.stdout.write(commandHelp(resolved.name, cmd) + '\n')
      return 0
    }
    const args = parseArgs(resolved.rest, cmd.options, cmd.stopAfterPositionals)
    const ctx: CommandContext = {
      args,
      global,
      env,
      cwd: process.cwd(),
      stdout: process.stdout,
      stderr: process.stderr,
      // Lazily: making process.stdin costs up to a few ms (a socket for a pipe), and most
      // commands never read it.
      get stdin() {
        return process.stdin
      },
    }
    const code = await cmd.run(ctx)
    if (code === 0) commandSucceeded()
    return code
  } catch (err) {
    return renderError(err, process.stderr, debug)
  }
}
