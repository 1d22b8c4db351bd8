import { UsageError } from './args.js'

export interface AttachScopeOptions {
  /** `--attach`: exactly these (they must be part of the `up`). */
  readonly attach?: readonly string[]
  /** `--no-attach`: removed from whatever else decided. */
  readonly noAttach?: readonly string[]
  readonly attachDependencies?: boolean
  /** `--no-deps`: the named services' dependencies are not part of the `up`. */
  readonly noDeps?: boolean
}

/** The parts of a compose model the choice reads (structural: keeps the CLI's imports type-only). */
export interface AttachModel {
  readonly services: Readonly<Record<string, { readonly [key: string]: unknown }>>
}

/** A service and everything it depends on (compose's projectGraph(model).closure). */
export type DependencyClosure = (roots: readonly string[]) => ReadonlySet<string>

/**
 * Which services an attached `up [SERVICE...]` streams logs of, as docker compose v2 decides:
 * `--attach` exactly (each must be one the `up` starts: a named service or, without
 * --no-deps, one of their dependencies); otherwise the named services (all without names),
 * plus with --attach-dependencies what they depend on, minus services whose compose `attach:`
 * is false; then `--no-attach` removes. Returned in the model's order.
 */
export function attachScope(model: AttachModel, named: readonly string[], closure: DependencyClosure, o: AttachScopeOptions): string[] {
  const all = Object.keys(model.services)
  if (o.attach?.length && o.attachDependencies) throw new UsageError('cannot combine --attach and --attach-dependencies')
  const roots = named.length ? named : all
  const inUp = named.length && o.noDeps ? new Set(named) : closure(roots)
  let chosen: Set<string>
  if (o.attach?.length) {
    const outside = [...new Set(o.attach)].filter((s) => !inUp.has(s))
    if (outside.length) throw new Error(`cannot attach to services not included in up: ${outside.join(', ')}`)
    chosen = new Set(o.attach)
  } else {
    const pool = o.attachDependencies ? inUp : new Set(roots)
    chosen = new Set([...pool].filter((s) => model.services[s]?.['attach'] !== false))
  }
  for (const s of o.noAttach ?? []) chosen.delete(s)
  return all.filter((s) => chosen.has(s))
}
