import { RuntimeError } from '../errors.js'
import type { HealthConfig } from './config.js'

/** The subset of an OCI/docker image config the container model reads. */
export interface ImageRuntimeConfig {
  readonly User?: string
  readonly Env?: readonly string[]
  readonly Entrypoint?: readonly string[] | null
  readonly Cmd?: readonly string[] | null
  readonly WorkingDir?: string
  readonly Volumes?: Readonly<Record<string, object>> | null
  readonly ExposedPorts?: Readonly<Record<string, object>> | null
  readonly Labels?: Readonly<Record<string, string>> | null
  readonly StopSignal?: string
  readonly Healthcheck?: {
    readonly Test?: readonly string[]
    readonly Interval?: number
    readonly Timeout?: number
    readonly Retries?: number
    readonly StartPeriod?: number
    readonly StartInterval?: number
  }
}

/** Accepts either a whole image config blob ({config: {...}}) or its inner `config`. */
export function runtimeConfigOf(imageConfig: unknown): ImageRuntimeConfig {
  const c = imageConfig as { config?: ImageRuntimeConfig; Config?: ImageRuntimeConfig } | undefined
  return c?.config ?? c?.Config ?? (c as ImageRuntimeConfig | undefined) ?? {}
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/**
 * docker's merge: `--entrypoint` (even "") clears the image CMD; otherwise CLI args replace
 * the image CMD and the image ENTRYPOINT stays.
 */
export function mergeCommand(
  image: ImageRuntimeConfig,
  entrypoint: readonly string[] | undefined,
  cmd: readonly string[] | undefined,
): { entrypoint: string[] | null; cmd: string[] | null; argv: string[] } {
  let ep: string[] | null
  let c: string[] | null
  if (entrypoint !== undefined) {
    ep = entrypoint.length > 0 ? [...entrypoint] : null
    c = cmd && cmd.length > 0 ? [...cmd] : null
  } else {
    ep = image.Entrypoint && image.Entrypoint.length > 0 ? [...image.Entrypoint] : null
    c = cmd && cmd.length > 0 ? [...cmd] : image.Cmd && image.Cmd.length > 0 ? [...image.Cmd] : null
  }
  const argv = [...(ep ?? []), ...(c ?? [])]
  if (argv.length === 0) {
    throw new RuntimeError('NO_COMMAND', 'no command specified: the image has no CMD or ENTRYPOINT and none was given', { exitCode: 125 })
  }
  return { entrypoint: ep, cmd: c, argv }
}

/** Image env, then the given K=V entries (later wins, order of first appearance kept). */
export function mergeEnv(imageEnv: readonly string[] | undefined, extra: readonly string[], defaults: readonly string[]): string[] {
  const order: string[] = []
  const values = new Map<string, string>()
  const put = (kv: string): void => {
    const eq = kv.indexOf('=')
    const key = eq === -1 ? kv : kv.slice(0, eq)
    if (!values.has(key)) order.push(key)
    values.set(key, kv)
  }
  for (const kv of defaults) put(kv)
  for (const kv of imageEnv ?? []) put(kv)
  for (const kv of extra) put(kv)
  return order.map((k) => values.get(k)!)
}

/** The image's HEALTHCHECK, overridden field by field by the flags, as docker merges them. */
export function mergeHealthcheck(image: ImageRuntimeConfig, flags: HealthConfig | undefined): HealthConfig | undefined {
  const img = image.Healthcheck
  const base: HealthConfig | undefined = img?.Test
    ? { test: [...img.Test], interval: img.Interval, timeout: img.Timeout, retries: img.Retries, startPeriod: img.StartPeriod, startInterval: img.StartInterval }
    : undefined
  if (!flags) return base
  if (flags.test.length > 0 && flags.test[0] === 'NONE') return { test: ['NONE'] }
  const test = flags.test.length > 0 ? flags.test : base?.test
  if (!test || test.length === 0) return base
  return {
    test,
    interval: flags.interval ?? base?.interval,
    timeout: flags.timeout ?? base?.timeout,
    retries: flags.retries ?? base?.retries,
    startPeriod: flags.startPeriod ?? base?.startPeriod,
    startInterval: flags.startInterval ?? base?.startInterval,
  }
}
