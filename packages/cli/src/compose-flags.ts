import type { CommandContext, OptionsTable, OptionValue } from './command.js'
import { UsageError } from './args.js'

/**
 * Flags that several compose commands take with the same meaning, in docker compose's words
 * (its `up` and `create` fill one createOptions). A command whose docker compose text differs
 * overrides the description only.
 */
export const composeFlags = {
  build: { type: 'boolean', description: 'Build images before starting containers' },
  'no-build': { type: 'boolean', description: "Don't build an image, even if it's policy" },
  'force-recreate': { type: 'boolean', description: "Recreate containers even if their configuration and image haven't changed" },
  'no-recreate': { type: 'boolean', description: "If containers already exist, don't recreate them. Incompatible with --force-recreate" },
  pull: { type: 'string', description: 'Pull image before running ("always"|"missing"|"never")', valueName: 'POLICY', default: 'policy' },
  'quiet-pull': { type: 'boolean', description: 'Pull without printing progress information' },
  'remove-orphans': { type: 'boolean', description: 'Remove containers for services not defined in the Compose file' },
  scale: { type: 'string', multiple: true, description: 'Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present', valueName: 'SERVICE=NUM' },
  yes: { type: 'boolean', short: 'y', description: 'Assume "yes" as answer to all prompts and run non-interactively' },
  'no-deps': { type: 'boolean', description: "Don't start linked services" },
  timeout: { type: 'number', short: 't', description: 'Specify a shutdown timeout in seconds', valueName: 'SECONDS' },
} satisfies OptionsTable

const PULL_POLICIES = ['always', 'missing', 'never', 'build', 'policy'] as const
type PullPolicy = (typeof PULL_POLICIES)[number]

function parseScale(values: OptionValue): Record<string, number> {
  const out: Record<string, number> = {}
  for (const v of (values as string[] | undefined) ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(v)
    if (!m) throw new UsageError(`invalid --scale value "${v}": expected SERVICE=NUM`)
    out[m[1]!] = Number(m[2])
  }
  return out
}

/** `--remove-orphans`, or COMPOSE_REMOVE_ORPHANS=true as docker compose reads it. */
export function removeOrphansOption(ctx: CommandContext): boolean {
  return Boolean(ctx.args.options['remove-orphans']) || ctx.env.COMPOSE_REMOVE_ORPHANS === 'true'
}

/** The convergence options `up` and `create` read from the shared flags, checked together. */
export function convergeOptions(ctx: CommandContext) {
  const o = ctx.args.options
  if (o['no-recreate'] && o['force-recreate']) throw new UsageError('--force-recreate and --no-recreate are incompatible')
  if (o.build && o['no-build']) throw new UsageError('--build and --no-build are incompatible')
  const pull = (o.pull as string | undefined) ?? 'policy'
  if (!(PULL_POLICIES as readonly string[]).includes(pull)) throw new UsageError(`invalid --pull option "${pull}": want always, missing, never or policy`)
  return {
    recreate: o['force-recreate'] ? 'force' : o['no-recreate'] ? 'never' : 'diverged',
    scale: parseScale(o.scale),
    removeOrphans: removeOrphansOption(ctx),
    // docker compose: COMPOSE_IGNORE_ORPHANS=true turns orphan detection off
    ignoreOrphans: ctx.env.COMPOSE_IGNORE_ORPHANS === 'true',
    pull: pull as PullPolicy,
    quietPull: Boolean(o['quiet-pull']),
    build: Boolean(o.build),
    noBuild: Boolean(o['no-build']),
  } as const
}
