import { ComposeFileError } from '../errors.js'
import type { ComposeModel, FileReference, NetworkConfig, Service, VolumeMount } from '../model/types.js'

/**
 * Compose fields the engine parses and validates but does not apply. Each one gets one of
 * three answers: nothing (docker compose ignores it for local containers too: swarm-only
 * deploy keys, Windows-only keys, metadata), a warning naming the field, its value and what
 * the container gets instead, or an error where docker compose (or its engine) refuses it
 * too. Pure: the host is a parameter (`hostArch`), so `up`, `create` and `run` decide the
 * same way and tests need no host.
 */
export type UnsupportedLevel = 'warning' | 'error'

export interface UnsupportedField {
  readonly level: UnsupportedLevel
  /** Where in the model: `services.web.gpus`, `networks.front.ipam.config[1].subnet`. */
  readonly path: string
  readonly message: string
}

export interface UnsupportedFieldsOptions {
  /** The host's CPU architecture, as Node names it (`x64`) or as OCI does (`amd64`). */
  readonly hostArch: string
  /** Only these services (and the resources they use); every service when absent. */
  readonly services?: readonly string[]
}

/** Error code of the up/create/run refusal (public: never rename silently). */
export const UNSUPPORTED_FIELD_CODE = 'COMPOSE_UNSUPPORTED_FIELD'

const BY = 'is not supported by tsc-compose'

/** Node's process.arch and uname spellings to OCI platform architectures. */
const ARCH: Readonly<Record<string, string>> = {
  x64: 'amd64', x86_64: 'amd64', amd64: 'amd64', ia32: '386', i386: '386', i686: '386', '386': '386',
  arm64: 'arm64', aarch64: 'arm64', arm: 'arm', armhf: 'arm', armel: 'arm', ppc64: 'ppc64le', ppc64le: 'ppc64le',
  s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', mips64el: 'mips64le', mips64le: 'mips64le',
}

export function ociArch(arch: string): string {
  return ARCH[arch.toLowerCase()] ?? arch.toLowerCase()
}

const OSES = new Set(['linux', 'windows', 'darwin', 'freebsd'])

/**
 * Service keys the runtime has no equivalent for, with what the container gets instead.
 * A value of 0, false, '' or an empty list is "unset" (docker compose skips those too).
 */
const SERVICE_NOT_APPLIED: Readonly<Record<string, string>> = {
  gpus: 'the container gets no GPU',
  blkio_config: 'no block I/O weight or throttling is applied',
  storage_opt: "the container's writable layer gets no storage options (no size limit)",
  cpu_count: 'no CPU count limit is applied (cpus is)',
  cpu_percent: 'no CPU percent limit is applied (cpus is)',
  cpu_rt_period: 'no realtime CPU period is set',
  cpu_rt_runtime: 'no realtime CPU runtime is set',
  cgroup_parent: "the container's cgroup stays under tsc-compose's cgroup parent",
  mem_swappiness: "the kernel's default swappiness applies",
  oom_kill_disable: 'the OOM killer stays enabled for the container',
  annotations: 'the container gets no OCI annotations',
  external_links: 'those containers are not reachable by these names',
  post_start: 'the hooks are not run',
  pre_stop: 'the hooks are not run',
  use_api_socket: 'no Docker API socket is mounted into the container',
  models: 'no model runner is started and no model variables are set',
}

/** Namespace sharing: the runtime always gives a container new ipc, pid and uts namespaces. */
const NAMESPACE_DEFAULTS: Readonly<Record<string, { readonly ok: readonly string[]; readonly instead: string }>> = {
  ipc: { ok: ['private', 'shareable'], instead: 'the container gets its own IPC namespace' },
  pid: { ok: [], instead: 'the container gets its own PID namespace' },
  uts: { ok: [], instead: 'the container gets its own UTS namespace (its own hostname)' },
  // the supervisor leaves containers in the host's cgroup namespace
  cgroup: { ok: ['host'], instead: "the container shares the host's cgroup namespace" },
  // no user namespace is ever made: `host` is what every container gets
  userns_mode: { ok: ['host'], instead: 'the container runs without a user namespace, its root is the host root' },
}

/**
 * `build:` keys the builder does not take. cache_from/cache_to (speed only), provenance and
 * sbom (attestations, push only), tags, labels, target, args, network, pull and no_cache are
 * either applied or change nothing in the image.
 */
const BUILD_NOT_APPLIED = ['ssh', 'secrets', 'additional_contexts', 'extra_hosts', 'shm_size', 'ulimits', 'privileged', 'isolation', 'platforms', 'entitlements'] as const

/** json-file options the runtime applies (log rotation); docker's others are not. */
const LOG_OPTIONS_APPLIED = new Set(['max-size', 'max-file'])

function isSet(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false
  if (Array.isArray(v)) return v.length > 0
  if (typeof v === 'object') return Object.keys(v).length > 0
  return true
}

/** A value as the user wrote it: strings quoted, the rest compact. */
function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : JSON.stringify(v)
}

export function unsupportedFields(model: ComposeModel, opts: UnsupportedFieldsOptions): UnsupportedField[] {
  const out: UnsupportedField[] = []
  const warn = (path: string, message: string): void => void out.push({ level: 'warning', path, message })
  const fail = (path: string, message: string): void => void out.push({ level: 'error', path, message })
  const scope = opts.services?.length ? new Set(opts.services) : undefined
  const used = { networks: new Set<string>(), volumes: new Set<string>(), secret: new Set<string>(), config: new Set<string>() }

  for (const [name, svc] of Object.entries(model.services)) {
    if (scope && !scope.has(name)) continue
    checkService(name, svc, ociArch(opts.hostArch), warn, fail)
    for (const key of Object.keys(svc.networks ?? {})) used.networks.add(key)
    for (const v of svc.volumes ?? []) if (v.type === 'volume' && v.source) used.volumes.add(v.source)
    for (const f of svc.secrets ?? []) used.secret.add(f.source)
    for (const f of svc.build?.secrets ?? []) used.secret.add(f.source)
    for (const f of svc.configs ?? []) used.config.add(f.source)
  }
  for (const [key, net] of Object.entries(model.networks ?? {})) {
    if (used.networks.has(key) && !net.external) checkNetwork(key, net, warn, fail)
  }
  for (const [key, vol] of Object.entries(model.volumes ?? {})) {
    // docker's engine has no other driver without a plugin; ours has none at all, and the
    // runtime would refuse it only after the networks were made
    if (used.volumes.has(key) && !vol.external && vol.driver !== undefined && vol.driver !== 'local') {
      fail(`volumes.${key}.driver`, `volume "${key}": driver ${show(vol.driver)} ${BY} (only "local")`)
    }
  }
  for (const kind of ['secret', 'config'] as const) {
    for (const [key, obj] of Object.entries((kind === 'secret' ? model.secrets : model.configs) ?? {})) {
      if (!used[kind].has(key)) continue
      const path = `${kind}s.${key}`
      // docker compose refuses these three for local containers (they are swarm objects)
      if (obj.external) fail(`${path}.external`, `${kind} "${key}": unsupported external ${kind} "${obj.name}" (external ${kind}s are swarm objects: a local container cannot use them), docker compose refuses it too`)
      if (obj.driver) fail(`${path}.driver`, `${kind} "${key}": Docker Compose does not support ${kind}s.*.driver (${show(obj.driver)})`)
      if (obj.template_driver) fail(`${path}.template_driver`, `${kind} "${key}": Docker Compose does not support ${kind}s.*.template_driver (${show(obj.template_driver)})`)
    }
  }
  return out
}

type Report = (path: string, message: string) => void

function checkService(name: string, svc: Service, hostArch: string, warn: Report, fail: Report): void {
  const at = (field: string): string => `services.${name}.${field}`
  const who = `service "${name}"`

  if (typeof svc.platform === 'string' && svc.platform !== '') {
    const parts = svc.platform.toLowerCase().split('/')
    const [os, arch] = parts.length === 1 && !OSES.has(parts[0]!) ? ['linux', parts[0]!] : [parts[0]!, parts[1]]
    // docker refuses an image that does not match `platform` ("does not match the specified
    // platform"); this runtime runs host-platform images only, without emulation
    if (os !== 'linux' || (arch !== undefined && ociArch(arch) !== hostArch)) {
      fail(at('platform'), `${who}: platform ${show(svc.platform)} does not match this host (linux/${hostArch}): tsc-compose runs linux/${hostArch} images only, without emulation`)
    }
  }
  // Linux engines accept only "default" ("invalid isolation ... only supports 'default'")
  if (svc.isolation !== undefined && svc.isolation !== '' && svc.isolation !== 'default') {
    fail(at('isolation'), `${who}: isolation ${show(svc.isolation)} is not supported on Linux (only "default"), docker refuses it too`)
  }
  if (svc.runtime !== undefined && svc.runtime !== '' && svc.runtime !== 'runc') {
    warn(at('runtime'), `${who}: runtime ${show(svc.runtime)} ${BY}; the container runs on tsc-compose's own runtime`)
  }
  for (const [key, instead] of Object.entries(SERVICE_NOT_APPLIED)) {
    if (isSet(svc[key])) warn(at(key), `${who}: ${key} ${show(svc[key])} ${BY}; ${instead}`)
  }
  for (const [key, { ok, instead }] of Object.entries(NAMESPACE_DEFAULTS)) {
    const v = svc[key]
    if (typeof v === 'string' && v !== '' && !ok.includes(v)) warn(at(key), `${who}: ${key} ${show(v)} ${BY}; ${instead}`)
  }
  const devices = svc.deploy?.resources?.reservations?.devices
  if (isSet(devices)) warn(at('deploy.resources.reservations.devices'), `${who}: deploy.resources.reservations.devices ${show(devices)} ${BY}; the container gets no GPU or other requested device`)

  checkLogging(svc, at, who, warn)
  for (const link of (svc.links as readonly string[] | undefined) ?? []) {
    const [target, alias] = link.split(':')
    // the link's service name resolves anyway (every service is an alias on its networks)
    if (alias !== undefined && alias !== target) warn(at('links'), `${who}: links ${show(link)}: the alias "${alias}" ${BY}; only "${target}" resolves (use networks.<name>.aliases)`)
  }
  for (const t of svc.tmpfs ?? []) {
    const [target, options = ''] = t.split(':')
    const ignored = options.split(',').filter((o) => o !== '' && !o.startsWith('size='))
    if (ignored.length) warn(at('tmpfs'), `${who}: tmpfs ${show(t)}: option ${ignored.join(',')} ${BY}; ${target} is mounted with the default options`)
  }
  for (const [i, v] of (svc.volumes ?? []).entries()) checkMount(v, `${at('volumes')}[${i}]`, who, warn)
  for (const [net, cfg] of Object.entries(svc.networks ?? {})) {
    if (!cfg) continue
    const p = `${at('networks')}.${net}`
    const notApplied: Array<[string, unknown, string]> = [
      ['ipv6_address', cfg.ipv6_address, 'the container gets no IPv6 address'],
      ['link_local_ips', cfg.link_local_ips, 'no link-local address is added'],
      ['interface_name', cfg.interface_name, 'the interface is named eth0, eth1, ... in network order'],
      ['driver_opts', cfg.driver_opts, 'the endpoint gets the default options'],
      ['gw_priority', cfg.gw_priority, 'the default gateway is the first network by priority'],
    ]
    for (const [key, value, instead] of notApplied) {
      if (isSet(value)) warn(`${p}.${key}`, `${who}: networks.${net}.${key} ${show(value)} ${BY}; ${instead}`)
    }
  }
  for (const kind of ['secrets', 'configs'] as const) {
    for (const [i, ref] of ((svc[kind] as readonly FileReference[] | undefined) ?? []).entries()) {
      const set = (['uid', 'gid', 'mode'] as const).filter((k) => ref[k] !== undefined)
      // docker compose warns for file sources too ("`uid`, `gid` and `mode` are not supported")
      if (set.length) warn(`${at(kind)}[${i}]`, `${who}: ${kind} "${ref.source}": ${set.map((k) => `${k} ${show(ref[k])}`).join(', ')} ${set.length > 1 ? 'are' : 'is'} not supported by tsc-compose; the file is mounted read-only with its host owner and mode`)
    }
  }
  for (const key of BUILD_NOT_APPLIED) {
    const v = svc.build?.[key]
    if (isSet(v)) warn(at(`build.${key}`), `${who}: build.${key} ${show(v)} ${BY}; the image is built without it`)
  }
}

function checkLogging(svc: Service, at: (f: string) => string, who: string, warn: Report): void {
  const driver = svc.logging?.driver
  if (driver !== undefined && driver !== '' && driver !== 'json-file') {
    warn(at('logging.driver'), `${who}: logging driver ${show(driver)} ${BY}; the container logs to json-file (logs shows them)`)
    return
  }
  for (const key of Object.keys(svc.logging?.options ?? {})) {
    if (!LOG_OPTIONS_APPLIED.has(key)) warn(at(`logging.options.${key}`), `${who}: logging option ${key} ${show(svc.logging!.options![key])} ${BY}; only max-size and max-file are applied`)
  }
}

function checkMount(v: VolumeMount, path: string, who: string, warn: Report): void {
  if (v.type === 'image' || v.type === 'npipe' || v.type === 'cluster') {
    warn(`${path}.type`, `${who}: volumes: a mount of type "${v.type}" ${BY}; nothing is mounted at ${v.target}`)
    return
  }
  if (v.volume?.subpath) warn(`${path}.volume.subpath`, `${who}: volumes: subpath ${show(v.volume.subpath)} ${BY}; the whole volume "${v.source ?? ''}" is mounted at ${v.target}`)
  if (v.bind?.recursive !== undefined && v.bind.recursive !== 'enabled') {
    warn(`${path}.bind.recursive`, `${who}: volumes: bind recursive ${show(v.bind.recursive)} ${BY}; ${v.target} is a recursive bind with the mount's read-only setting`)
  }
}

function checkNetwork(key: string, net: NetworkConfig, warn: Report, fail: Report): void {
  const p = `networks.${key}`
  const who = `network "${key}"`
  // the runtime makes bridges only; it would refuse another driver after other objects exist
  if (net.driver !== undefined && net.driver !== 'bridge') fail(`${p}.driver`, `${who}: driver ${show(net.driver)} ${BY} (only "bridge")`)
  for (const [opt, value] of Object.entries(net.driver_opts ?? {})) {
    warn(`${p}.driver_opts.${opt}`, `${who}: driver_opts ${opt}=${value} ${BY}; the bridge gets the default settings`)
  }
  if (net.enable_ipv6 === true) warn(`${p}.enable_ipv6`, `${who}: enable_ipv6 true ${BY}; the network is IPv4 only`)
  if (net.enable_ipv4 === false) warn(`${p}.enable_ipv4`, `${who}: enable_ipv4 false ${BY}; the network gets IPv4 addresses anyway`)
  const ipam = net.ipam ?? {}
  if (ipam.driver !== undefined && ipam.driver !== 'default') warn(`${p}.ipam.driver`, `${who}: ipam driver ${show(ipam.driver)} ${BY}; the default IPAM assigns addresses`)
  if (isSet(ipam.options)) warn(`${p}.ipam.options`, `${who}: ipam options ${show(ipam.options)} ${BY}; the default IPAM ignores them`)
  let ipv4Pools = 0
  for (const [i, pool] of ((ipam.config as ReadonlyArray<Record<string, unknown>> | undefined) ?? []).entries()) {
    const at = `${p}.ipam.config[${i}]`
    const subnet = typeof pool.subnet === 'string' ? pool.subnet : undefined
    if (subnet?.includes(':')) {
      warn(`${at}.subnet`, `${who}: IPv6 subnet ${subnet} ${BY}; the network is IPv4 only`)
      continue
    }
    ipv4Pools += 1
    if (ipv4Pools > 1) {
      warn(at, `${who}: a second IPv4 pool ${show(subnet ?? pool)} ${BY}; only the first IPv4 pool is used`)
      continue
    }
    if (isSet(pool.aux_addresses)) warn(`${at}.aux_addresses`, `${who}: aux_addresses ${show(pool.aux_addresses)} ${BY}; those addresses are not reserved`)
  }
}

/** The refusal `up`, `create` and `run` raise before creating anything. */
export function unsupportedFieldsError(errors: readonly UnsupportedField[]): ComposeFileError {
  const [first, ...rest] = errors
  return new ComposeFileError(UNSUPPORTED_FIELD_CODE, first?.message ?? 'unsupported compose field', {
    ...(rest.length ? { hint: rest.map((e) => `also: ${e.message}`).join('\n') } : {}),
  })
}
