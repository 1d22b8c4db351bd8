import { readFileSync } from 'node:fs'
import {
  RuntimeError, healthFromFlags, isTscError, parseBytes, parseCpus, parseEnvFile, parseMemorySwap, parseMountFlag,
  parsePortFlag, parseRestartPolicy, parseTmpfsFlag, parseUlimit, parseVolumeFlag, openRuntime,
  type CreateOptions, type MountRequest, type PortBinding, type Runtime,
} from '@tsc-compose/runtime'
import type { Command, CommandContext, OptionsTable } from '../command.js'

/** docker create / run flags shared by container-create and container-run. */
export const createFlags: OptionsTable = {
  name: { type: 'string', description: 'Assign a name to the container', valueName: 'NAME' },
  env: { type: 'string', short: 'e', multiple: true, description: 'Set environment variables', valueName: 'K=V' },
  'env-file': { type: 'string', multiple: true, description: 'Read in a file of environment variables', valueName: 'FILE' },
  volume: { type: 'string', short: 'v', multiple: true, description: 'Bind mount a volume', valueName: 'SRC:DST[:OPTS]' },
  mount: { type: 'string', multiple: true, description: 'Attach a filesystem mount to the container', valueName: 'MOUNT' },
  tmpfs: { type: 'string', multiple: true, description: 'Mount a tmpfs directory', valueName: 'DST[:OPTS]' },
  workdir: { type: 'string', short: 'w', description: 'Working directory inside the container', valueName: 'DIR' },
  user: { type: 'string', short: 'u', description: 'Username or UID (format: <name|uid>[:<group|gid>])', valueName: 'USER' },
  'group-add': { type: 'string', multiple: true, description: 'Add additional groups to join', valueName: 'GROUP' },
  hostname: { type: 'string', short: 'h', description: 'Container host name', valueName: 'NAME' },
  domainname: { type: 'string', description: 'Container NIS domain name', valueName: 'NAME' },
  entrypoint: { type: 'string', description: 'Overwrite the default ENTRYPOINT of the image', valueName: 'CMD' },
  label: { type: 'string', short: 'l', multiple: true, description: 'Set meta data on a container', valueName: 'K=V' },
  interactive: { type: 'boolean', short: 'i', description: 'Keep STDIN open even if not attached' },
  tty: { type: 'boolean', short: 't', description: 'Allocate a pseudo-TTY' },
  memory: { type: 'string', short: 'm', description: 'Memory limit', valueName: 'BYTES' },
  'memory-swap': { type: 'string', description: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap", valueName: 'BYTES' },
  'memory-reservation': { type: 'string', description: 'Memory soft limit', valueName: 'BYTES' },
  cpus: { type: 'string', description: 'Number of CPUs', valueName: 'DECIMAL' },
  'cpu-shares': { type: 'number', short: 'c', description: 'CPU shares (relative weight)', valueName: 'INT' },
  'cpu-period': { type: 'number', description: 'Limit CPU CFS period', valueName: 'INT' },
  'cpu-quota': { type: 'number', description: 'Limit CPU CFS quota', valueName: 'INT' },
  'cpuset-cpus': { type: 'string', description: 'CPUs in which to allow execution (0-3, 0,1)', valueName: 'LIST' },
  'pids-limit': { type: 'number', description: 'Tune container pids limit (set -1 for unlimited)', valueName: 'INT' },
  ulimit: { type: 'string', multiple: true, description: 'Ulimit options', valueName: 'ULIMIT' },
  'oom-score-adj': { type: 'number', description: "Tune host's OOM preferences (-1000 to 1000)", valueName: 'INT' },
  'shm-size': { type: 'string', description: 'Size of /dev/shm', valueName: 'BYTES' },
  'cap-add': { type: 'string', multiple: true, description: 'Add Linux capabilities', valueName: 'CAP' },
  'cap-drop': { type: 'string', multiple: true, description: 'Drop Linux capabilities', valueName: 'CAP' },
  privileged: { type: 'boolean', description: 'Give extended privileges to this container' },
  'read-only': { type: 'boolean', description: "Mount the container's root filesystem as read only" },
  'security-opt': { type: 'string', multiple: true, description: 'Security Options', valueName: 'OPT' },
  sysctl: { type: 'string', multiple: true, description: 'Sysctl options', valueName: 'K=V' },
  init: { type: 'boolean', description: 'Run an init inside the container that forwards signals and reaps processes' },
  restart: { type: 'string', description: 'Restart policy to apply when a container exits', valueName: 'POLICY' },
  rm: { type: 'boolean', description: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  'health-cmd': { type: 'string', description: 'Command to run to check health', valueName: 'CMD' },
  'health-interval': { type: 'string', description: 'Time between running the check (ms|s|m|h)', valueName: 'DURATION' },
  'health-timeout': { type: 'string', description: 'Maximum time to allow one check to run (ms|s|m|h)', valueName: 'DURATION' },
  'health-retries': { type: 'number', description: 'Consecutive failures needed to report unhealthy', valueName: 'INT' },
  'health-start-period': { type: 'string', description: 'Start period for the container to initialize (ms|s|m|h)', valueName: 'DURATION' },
  'health-start-interval': { type: 'string', description: 'Time between checks during the start period (ms|s|m|h)', valueName: 'DURATION' },
  'no-healthcheck': { type: 'boolean', description: 'Disable any container-specified HEALTHCHECK' },
  'stop-signal': { type: 'string', description: 'Signal to stop the container', valueName: 'SIGNAL' },
  'stop-timeout': { type: 'number', description: 'Timeout (in seconds) to stop a container', valueName: 'INT' },
  network: { type: 'string', description: 'Connect a container to a network', valueName: 'NETWORK' },
  net: { type: 'string', description: 'Connect a container to a network', valueName: 'NETWORK', hidden: true },
  'network-alias': { type: 'string', multiple: true, description: 'Add network-scoped alias for the container', valueName: 'ALIAS' },
  ip: { type: 'string', description: 'IPv4 address (e.g., 172.30.100.104)', valueName: 'IP' },
  'mac-address': { type: 'string', description: 'Container MAC address (e.g., 92:d0:c6:0a:29:33)', valueName: 'MAC' },
  publish: { type: 'string', short: 'p', multiple: true, description: "Publish a container's port(s) to the host", valueName: 'PORT' },
  'publish-all': { type: 'boolean', short: 'P', description: 'Publish all exposed ports to random ports' },
  expose: { type: 'string', multiple: true, description: 'Expose a port or a range of ports', valueName: 'PORT' },
  dns: { type: 'string', multiple: true, description: 'Set custom DNS servers', valueName: 'IP' },
  'dns-search': { type: 'string', multiple: true, description: 'Set custom DNS search domains', valueName: 'DOMAIN' },
  'dns-option': { type: 'string', multiple: true, description: 'Set DNS options', valueName: 'OPT' },
  'add-host': { type: 'string', multiple: true, description: 'Add a custom host-to-IP mapping (host:ip)', valueName: 'HOST:IP' },
  'log-opt': { type: 'string', multiple: true, description: 'Log driver options (max-size, max-file)', valueName: 'OPT' },
  'log-driver': { type: 'string', description: 'Logging driver for the container (json-file only)', valueName: 'DRIVER' },
  'cgroup-parent': { type: 'string', description: 'Optional parent cgroup for the container', valueName: 'PATH' },
  platform: { type: 'string', description: 'Set platform (ignored: images are local)', valueName: 'PLATFORM' },
  pull: { type: 'string', description: 'Pull image before running (ignored: images are local)', valueName: 'POLICY' },
  quiet: { type: 'boolean', short: 'q', description: 'Suppress the pull output' },
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as unknown[]).map(String) : v === undefined ? [] : [String(v)])

function keyValues(items: readonly string[], what: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const kv of items) {
    const eq = kv.indexOf('=')
    if (eq === 0) throw new RuntimeError('INVALID_ARGUMENT', `invalid ${what} "${kv}"`, { exitCode: 125 })
    if (eq === -1) out[kv] = ''
    else out[kv.slice(0, eq)] = kv.slice(eq + 1)
  }
  return out
}

/** Splits a docker-ish command line for --entrypoint (a plain string, as docker takes it). */
function entrypointOf(v: unknown): string[] | undefined {
  if (v === undefined) return undefined
  const s = String(v)
  return s === '' ? [] : [s]
}

/** Flags + positionals (IMAGE [COMMAND] [ARG...]) to the runtime's CreateOptions. */
export function toCreateOptions(ctx: CommandContext): CreateOptions {
  const o = ctx.args.options
  const [image, ...cmd] = ctx.args.positionals
  if (!image) throw new RuntimeError('CLI_USAGE', '"create" requires at least 1 argument: IMAGE [COMMAND] [ARG...]', { exitCode: 125 })
  const lookup = (k: string): string | undefined => ctx.env[k]
  const env: string[] = []
  for (const file of list(o['env-file'])) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw new RuntimeError('ENV_FILE_NOT_FOUND', `open ${file}: no such file or directory`, { exitCode: 125 })
    }
    env.push(...parseEnvFile(text, file, lookup))
  }
  for (const e of list(o.env)) {
    if (e.includes('=')) env.push(e)
    else if (lookup(e) !== undefined) env.push(`${e}=${lookup(e)}`)
  }
  const mounts: MountRequest[] = [
    ...list(o.volume).map((v) => parseVolumeFlag(v, ctx.cwd)),
    ...list(o.mount).map((v) => parseMountFlag(v, ctx.cwd)),
    ...list(o.tmpfs).map(parseTmpfsFlag),
  ]
  const ports: PortBinding[] = list(o.publish).flatMap(parsePortFlag)
  const logOpts = keyValues(list(o['log-opt']), 'log option')
  if (o['log-driver'] !== undefined && o['log-driver'] !== 'json-file') {
    throw new RuntimeError('LOG_DRIVER_UNSUPPORTED', `logging driver "${String(o['log-driver'])}" is not supported (json-file only)`, { exitCode: 125 })
  }
  const health = healthFromFlags({
    cmd: o['health-cmd'] as string | undefined,
    interval: o['health-interval'] as string | undefined,
    timeout: o['health-timeout'] as string | undefined,
    retries: o['health-retries'] as number | undefined,
    startPeriod: o['health-start-period'] as string | undefined,
    startInterval: o['health-start-interval'] as string | undefined,
    none: Boolean(o['no-healthcheck']),
  })
  const memory = o.memory !== undefined ? parseBytes(String(o.memory)) : undefined
  const network = (o.network ?? o.net) as string | undefined
  return {
    image,
    ...(cmd.length ? { cmd } : {}),
    name: o.name as string | undefined,
    entrypoint: entrypointOf(o.entrypoint),
    env,
    workdir: o.workdir as string | undefined,
    user: o.user as string | undefined,
    groupAdd: list(o['group-add']),
    hostname: o.hostname as string | undefined,
    domainname: o.domainname as string | undefined,
    tty: Boolean(o.tty),
    openStdin: Boolean(o.interactive),
    labels: keyValues(list(o.label), 'label'),
    mounts,
    resources: {
      memory,
      memorySwap: o['memory-swap'] !== undefined ? parseMemorySwap(String(o['memory-swap'])) : undefined,
      memoryReservation: o['memory-reservation'] !== undefined ? parseBytes(String(o['memory-reservation'])) : undefined,
      nanoCpus: o.cpus !== undefined ? parseCpus(String(o.cpus)) : undefined,
      cpuShares: o['cpu-shares'] as number | undefined,
      cpuPeriod: o['cpu-period'] as number | undefined,
      cpuQuota: o['cpu-quota'] as number | undefined,
      cpusetCpus: o['cpuset-cpus'] as string | undefined,
      pidsLimit: o['pids-limit'] as number | undefined,
      ulimits: list(o.ulimit).map(parseUlimit),
      oomScoreAdj: o['oom-score-adj'] as number | undefined,
    },
    shmSize: o['shm-size'] !== undefined ? parseBytes(String(o['shm-size']), 'shm size') : undefined,
    capAdd: list(o['cap-add']),
    capDrop: list(o['cap-drop']),
    privileged: Boolean(o.privileged),
    readOnly: Boolean(o['read-only']),
    securityOpt: list(o['security-opt']),
    sysctls: keyValues(list(o.sysctl), 'sysctl'),
    init: Boolean(o.init),
    restart: o.restart !== undefined ? parseRestartPolicy(String(o.restart)) : undefined,
    autoRemove: Boolean(o.rm),
    ...(health ? { healthcheck: health } : {}),
    stopSignal: o['stop-signal'] as string | undefined,
    stopTimeout: o['stop-timeout'] as number | undefined,
    network: {
      mode: network ?? '',
      aliases: list(o['network-alias']),
      ipv4Address: o.ip as string | undefined,
      macAddress: o['mac-address'] as string | undefined,
      dns: list(o.dns),
      dnsSearch: list(o['dns-search']),
      dnsOptions: list(o['dns-option']),
      extraHosts: list(o['add-host']),
      ports,
      publishAll: Boolean(o['publish-all']),
    },
    cgroupParent: o['cgroup-parent'] as string | undefined,
    ...(logOpts['max-size'] ? { logMaxSize: parseBytes(logOpts['max-size'], 'log max-size') } : {}),
    ...(logOpts['max-file'] ? { logMaxFiles: Number(logOpts['max-file']) } : {}),
  }
}

export function runtimeOf(ctx: CommandContext): Runtime {
  return openRuntime({ root: ctx.global.root, env: ctx.env })
}

/**
 * docker reports every failure before the container runs with 125 (126/127 are the
 * command's): errors of other areas (an unknown image is 1 in `image` commands) are mapped.
 */
export function as125(err: unknown): unknown {
  if (isTscError(err) && err.exitCode !== 125 && err.exitCode !== 126 && err.exitCode !== 127) {
    return new RuntimeError(err.code, err.message, { exitCode: 125, hint: err.hint, cause: err })
  }
  return err
}

const command: Command = {
  name: 'container create',
  summary: 'Create a new container',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  options: createFlags,
  stopAfterPositionals: 1,
  async run(ctx) {
    try {
      const rec = await runtimeOf(ctx).containers.create(toCreateOptions(ctx))
      ctx.stdout.write(`${rec.Id}\n`)
      return 0
    } catch (err) {
      throw as125(err)
    }
  },
}
export default command
