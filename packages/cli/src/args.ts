import type { OptionSpec, OptionsTable, OptionValue, ParsedArgs } from './command.js'
/**
 * Bad flags or arguments. Shaped like the runtime's TscError (code, hint, exitCode) but
 * defined here so parsing flags never loads the runtime: CLI start-up stays lean.
 */
export class UsageError extends Error {
  readonly code = 'CLI_USAGE'
  readonly exitCode = 125
  constructor(message: string, readonly hint?: string) {
    super(message)
    this.name = 'UsageError'
  }
}

function store(out: Record<string, OptionValue>, name: string, spec: OptionSpec, raw: string | boolean): void {
  let value: string | boolean | number = raw
  if (spec.type === 'number') {
    const n = Number(raw)
    if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n)) {
      throw new UsageError(`invalid value "${String(raw)}" for --${name}: expected a number`)
    }
    value = n
  }
  if (spec.multiple) {
    const prev = (out[name] as (string | number)[] | undefined) ?? []
    out[name] = [...prev, value as string | number] as string[] | number[]
  } else {
    out[name] = value
  }
}

function parseBool(name: string, raw: string): boolean {
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new UsageError(`invalid value "${raw}" for --${name}: expected true or false`)
}

/**
 * Docker-style flag parsing: `--name value`, `--name=value`, grouped short booleans `-it`,
 * short with attached value `-p8080:80`, repeatable flags, `--` terminator, and an optional
 * stop after N positionals so a container command keeps its own flags.
 */
export function parseArgs(argv: readonly string[], table: OptionsTable, stopAfterPositionals?: number): ParsedArgs {
  const options: Record<string, OptionValue> = {}
  const positionals: string[] = []
  const byShort = new Map<string, string>()
  for (const [name, spec] of Object.entries(table)) if (spec.short) byShort.set(spec.short, name)

  const lookup = (name: string): OptionSpec => {
    const spec = table[name]
    if (!spec) throw new UsageError(`unknown flag: --${name}`, 'see --help for the flags this command takes')
    return spec
  }

  let i = 0
  while (i < argv.length) {
    const arg = argv[i]!
    if (stopAfterPositionals !== undefined && positionals.length >= stopAfterPositionals) {
      positionals.push(...argv.slice(i))
      break
    }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=')
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      const spec = lookup(name)
      if (spec.type === 'boolean') {
        store(options, name, spec, eq === -1 ? true : parseBool(name, arg.slice(eq + 1)))
        i += 1
        continue
      }
      if (eq !== -1) {
        store(options, name, spec, arg.slice(eq + 1))
        i += 1
        continue
      }
      if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: --${name}`)
      store(options, name, spec, argv[i + 1]!)
      i += 2
      continue
    }
    if (arg.startsWith('-') && arg.length > 1 && arg !== '-') {
      let j = 1
      while (j < arg.length) {
        const ch = arg[j]!
        const name = byShort.get(ch)
        if (!name) throw new UsageError(`unknown shorthand flag: '${ch}' in ${arg}`, 'see --help for the flags this command takes')
        const spec = table[name]!
        if (spec.type === 'boolean') {
          store(options, name, spec, true)
          j += 1
          continue
        }
        let value = arg.slice(j + 1)
        if (value.startsWith('=')) value = value.slice(1)
        if (value === '') {
          if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: '${ch}' in -${ch}`)
          value = argv[i + 1]!
          i += 1
        }
        store(options, name, spec, value)
        break
      }
      i += 1
      continue
    }
    positionals.push(arg)
    i += 1
  }
  for (const [name, spec] of Object.entries(table)) {
    if (options[name] === undefined && spec.default !== undefined) options[name] = spec.default
  }
  return { options, positionals }
}

/** A repeatable flag's values (none when it was not given), as strings. */
export function listOption(v: unknown): string[] {
  return Array.isArray(v) ? (v as unknown[]).map(String) : v === undefined ? [] : [String(v)]
}

/** `-e K=V`, or `-e K` taking K's value from the CLI's environment (left out when unset), as docker does. */
export function envOption(v: unknown, env: NodeJS.ProcessEnv): string[] {
  return listOption(v).flatMap((e) => (e.includes('=') ? [e] : env[e] !== undefined ? [`${e}=${env[e]}`] : []))
}

/**
 * `--label K=V` style flags to a map. `K` alone is `K=""` (docker's labels), unless the
 * flag wants a value (`requireValue`); an empty key is an error either way.
 */
export function keyValueOption(v: unknown, flag: string, opts: { requireValue?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {}
  for (const kv of listOption(v)) {
    const eq = kv.indexOf('=')
    if (eq === 0 || (eq === -1 && opts.requireValue)) throw new UsageError(`invalid --${flag} "${kv}": want KEY=VALUE`)
    if (eq === -1) out[kv] = ''
    else out[kv.slice(0, eq)] = kv.slice(eq + 1)
  }
  return out
}
