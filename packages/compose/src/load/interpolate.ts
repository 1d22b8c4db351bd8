import { ComposeFileError, COMPOSE_ERROR_CODES, type SourceLocation } from '../errors.js'
import { OverrideTag, ResetTag, isClean, isPlainObject, markClean } from './merge-tags.js'
import { substitute, toComposeError, type Lookup } from './template.js'
import { formatPath, pattern, RuleTable, type RuleState, type TreePath } from './tree-path.js'

export interface InterpolateOptions {
  readonly lookup: Lookup
  /** Called once per unset variable name (it then becomes ""). */
  readonly warn?: (name: string) => void
  /** Other notices, e.g. YAML 1.1 booleans (`yes`) cast where compose accepts them. */
  readonly notice?: (message: string, location?: SourceLocation) => void
  /** Maps a path of the interpolated tree to its source position, for error messages. */
  readonly locate?: (path: TreePath) => SourceLocation | undefined
  /** Prefix of `value` inside the whole file (when interpolating a subtree). */
  readonly pathPrefix?: TreePath
  /** Apply compose's string-to-type casts at typed paths (default true). */
  readonly typeCast?: boolean
}

type Cast = (value: string, notice: (msg: string) => void) => unknown

/**
 * Strings at these paths become numbers/booleans after interpolation, so
 * `replicas: ${N}` or `privileged: "yes"` validate as docker compose accepts them
 * (compose-go loader/interpolate.go).
 */
const CASTS = new RuleTable<Cast>([
  ['services.*.configs.[].mode', toInt],
  ['services.*.cpu_count', toInt],
  ['services.*.cpu_percent', toFloat],
  ['services.*.cpu_period', toInt],
  ['services.*.cpu_quota', toInt],
  ['services.*.cpu_rt_period', toInt],
  ['services.*.cpu_rt_runtime', toInt],
  ['services.*.cpus', toFloat],
  ['services.*.cpu_shares', toInt],
  ['services.*.init', toBoolean],
  ['services.*.deploy.replicas', toInt],
  ['services.*.deploy.update_config.parallelism', toInt],
  ['services.*.deploy.update_config.max_failure_ratio', toFloat],
  ['services.*.deploy.rollback_config.parallelism', toInt],
  ['services.*.deploy.rollback_config.max_failure_ratio', toFloat],
  ['services.*.deploy.restart_policy.max_attempts', toInt],
  ['services.*.deploy.placement.max_replicas_per_node', toInt],
  ['services.*.healthcheck.retries', toInt],
  ['services.*.healthcheck.disable', toBoolean],
  ['services.*.oom_kill_disable', toBoolean],
  ['services.*.oom_score_adj', toInt],
  ['services.*.pids_limit', toInt],
  ['services.*.ports.[].target', toInt],
  ['services.*.privileged', toBoolean],
  ['services.*.read_only', toBoolean],
  ['services.*.scale', toInt],
  ['services.*.secrets.[].mode', toInt],
  ['services.*.stdin_open', toBoolean],
  ['services.*.tty', toBoolean],
  ['services.*.ulimits.*', toInt],
  ['services.*.ulimits.*.hard', toInt],
  ['services.*.ulimits.*.soft', toInt],
  ['services.*.volumes.[].read_only', toBoolean],
  ['services.*.volumes.[].volume.nocopy', toBoolean],
  ['networks.*.external', toBoolean],
  ['networks.*.internal', toBoolean],
  ['networks.*.attachable', toBoolean],
  ['networks.*.enable_ipv6', toBoolean],
  ['volumes.*.external', toBoolean],
  ['secrets.*.external', toBoolean],
  ['configs.*.external', toBoolean],
].map(([p, c]) => [pattern(p as string), c as Cast] as const))

class CastError extends Error {}

function toInt(v: string): unknown {
  if (!/^[+-]?\d+$/.test(v)) throw new CastError(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`)
  return Number(v)
}

function toFloat(v: string): unknown {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) {
    throw new CastError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`)
  }
  return Number(v)
}

function toBoolean(v: string, notice: (msg: string) => void): unknown {
  switch (v.toLowerCase()) {
    case 'true': return true
    case 'false': return false
    case 'y': case 'yes': case 'on':
      notice(`${JSON.stringify(v)} for boolean is not supported by YAML 1.2, please use \`true\``)
      return true
    case 'n': case 'no': case 'off':
      notice(`${JSON.stringify(v)} for boolean is not supported by YAML 1.2, please use \`false\``)
      return false
    default:
      throw new CastError(`invalid boolean: ${v}`)
  }
}

/**
 * Interpolates every string scalar of a compose tree (values only: keys are left alone, as
 * in docker compose), then applies compose's type casts. Unset variables warn once per name
 * and become "". Errors are ComposeFileErrors naming the key path and, when `locate` is
 * given, the file:line:col of the value.
 */
export function interpolate(value: unknown, opts: InterpolateOptions): unknown {
  const warned = new Set<string>()
  const warn = (name: string) => {
    if (warned.has(name)) return
    warned.add(name)
    opts.warn?.(name)
  }
  const typeCast = opts.typeCast !== false
  const prefix = opts.pathPrefix ?? []

  // Copy-on-write: containers whose values do not change are returned as they are.
  // `rules` is where the path stands in the cast table (undefined: no cast below).
  const walk = (v: unknown, path: (string | number)[], rules: RuleState<Cast> | undefined): unknown => {
    if (typeof v === 'string') {
      let out: string
      try {
        out = substitute(v, opts.lookup, { warn })
      } catch (err) {
        throw toComposeError(err, { path: formatPath(path), location: opts.locate?.(path) })
      }
      if (!typeCast) return out
      const cast = CASTS.ruleAt(rules)
      if (!cast) return out
      try {
        return cast(out, (msg) => opts.notice?.(msg, opts.locate?.(path)))
      } catch (err) {
        if (!(err instanceof CastError)) throw err
        const location = opts.locate?.(path)
        throw new ComposeFileError(
          COMPOSE_ERROR_CODES.INVALID_TYPE,
          `error while interpolating ${formatPath(path)}: failed to cast to expected type: ${err.message}`,
          { location },
        )
      }
    }
    if (Array.isArray(v)) {
      let out: unknown[] | undefined
      for (let i = 0; i < v.length; i++) {
        path.push(i)
        const next = walk(v[i], path, CASTS.step(rules, i))
        path.pop()
        if (next !== v[i]) {
          out ??= v.slice()
          out[i] = next
        }
      }
      return out ?? v
    }
    if (v instanceof OverrideTag) {
      const inner = walk(v.value, path, rules)
      return inner === v.value ? v : new OverrideTag(inner)
    }
    if (v instanceof ResetTag) return v
    if (isPlainObject(v)) {
      let out: Record<string, unknown> | undefined
      for (const k of Object.keys(v)) {
        path.push(k)
        const next = walk(v[k], path, CASTS.step(rules, k))
        path.pop()
        if (next !== v[k]) {
          out ??= { ...v }
          out[k] = next
        }
      }
      return out ?? v
    }
    return v
  }
  let rules: RuleState<Cast> | undefined = CASTS.root
  for (const seg of prefix) rules = CASTS.step(rules, seg)
  const result = walk(value, [...prefix], rules)
  return isClean(value) ? markClean(result) : result
}
