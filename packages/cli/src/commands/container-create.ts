import { readFileSync } from 'node:fs'
import {
  RuntimeError, healthFromFlags, isTscError, parseBytes, parseCpus, parseDeviceCgroupRule, parseDeviceFlag, parseEnvFile,
  parseMemorySwap, parseMountFlag,
  parsePortFlag, parseRestartPolicy, parseTmpfsFlag, parseUlimit, parseVolumeFlag, openRuntime,
  type CreateOptions, type MountRequest, type PortBinding, type Runtime,
} from '@tsc-compose/runtime'
import type { Command, CommandContext } from '../command.js'
import { envOption, keyValueOption, listOption as list } from '../args.js'
import { createFlags } from '../container-flags.js'

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
  env.push(...envOption(o.env, ctx.env))
  const mounts: MountRequest[] = [
    ...list(o.volume).map((v) => parseVolumeFlag(v, ctx.cwd)),
    ...list(o.mount).map((v) => parseMountFlag(v, ctx.cwd)),
    ...list(o.tmpfs).map(parseTmpfsFlag),
  ]
  const ports: PortBinding[] = list(o.publish).flatMap(parsePortFlag)
  const deviceCgroupRules = list(o['device-cgroup-rule'])
  for (const rule of deviceCgroupRules) {
    if (!parseDeviceCgroupRule(rule)) {
      throw new RuntimeError('INVALID_DEVICE_CGROUP_RULE', `invalid argument "${rule}" for "--device-cgroup-rule" flag: invalid device cgroup format '${rule}'`, { exitCode: 125 })
    }
  }
  const logOpts = keyValueOption(o['log-opt'], 'log-opt')
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
    labels: keyValueOption(o.label, 'label'),
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
    devices: list(o.device).map((d) => parseDeviceFlag(d, ctx.cwd)),
    deviceCgroupRules,
    readOnly: Boolean(o['read-only']),
    securityOpt: list(o['security-opt']),
    sysctls: keyValueOption(o.sysctl, 'sysctl'),
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
