import { join } from 'node:path'
import type { ContainerRecord } from './config.js'
import { ZERO_TIME } from './status.js'
import type { RuntimeState } from './supervisor-port.js'

/** `docker container inspect` output for one container. */
export interface ContainerInspect {
  readonly Id: string
  readonly Created: string
  readonly Path: string
  readonly Args: string[]
  readonly State: {
    Status: string
    Running: boolean
    Paused: boolean
    Restarting: boolean
    OOMKilled: boolean
    Dead: boolean
    Pid: number
    ExitCode: number
    Error: string
    StartedAt: string
    FinishedAt: string
    Health?: RuntimeState['health']
  }
  readonly Image: string
  readonly ResolvConfPath: string
  readonly HostnamePath: string
  readonly HostsPath: string
  readonly LogPath: string
  readonly Name: string
  readonly RestartCount: number
  readonly Driver: 'overlay2'
  readonly Platform: 'linux'
  readonly MountLabel: string
  readonly ProcessLabel: string
  readonly AppArmorProfile: string
  readonly HostConfig: Record<string, unknown>
  readonly GraphDriver: { Name: 'overlay2'; Data: Record<string, string> }
  readonly Mounts: Array<Record<string, unknown>>
  readonly Config: Record<string, unknown>
  readonly NetworkSettings: Record<string, unknown>
}

export function logPath(dir: string, id: string): string {
  return join(dir, `${id}-json.log`)
}

export function toInspect(rec: ContainerRecord, st: RuntimeState, dir: string, network?: Record<string, unknown>): ContainerInspect {
  const running = st.status === 'running' || st.status === 'paused' || st.status === 'restarting'
  const { Healthcheck, ...config } = rec.Config
  return {
    Id: rec.Id,
    Created: rec.Created,
    Path: rec.Path,
    Args: rec.Args,
    State: {
      Status: st.status,
      Running: running,
      Paused: st.status === 'paused',
      Restarting: st.status === 'restarting',
      OOMKilled: st.oomKilled,
      Dead: st.status === 'dead',
      Pid: running ? st.pid : 0,
      ExitCode: st.exitCode,
      Error: st.error,
      StartedAt: st.startedAt || ZERO_TIME,
      FinishedAt: st.finishedAt || ZERO_TIME,
      ...(st.health ? { Health: st.health } : Healthcheck && Healthcheck.test[0] !== 'NONE' && running ? { Health: { Status: 'starting' as const, FailingStreak: 0, Log: [] } } : {}),
    },
    Image: rec.Image,
    ResolvConfPath: join(dir, 'resolv.conf'),
    HostnamePath: join(dir, 'hostname'),
    HostsPath: join(dir, 'hosts'),
    LogPath: logPath(dir, rec.Id),
    Name: rec.Name,
    RestartCount: st.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    HostConfig: {
      // docker's values for none; records from before --device existed lack both
      Devices: [],
      DeviceCgroupRules: null,
      ...rec.HostConfig,
      Binds: rec.Mounts.filter((m) => m.Type === 'bind').map((m) => `${m.Source}:${m.Destination}${m.RW ? '' : ':ro'}`),
      Tmpfs: Object.fromEntries(rec.Mounts.filter((m) => m.Type === 'tmpfs').map((m) => [m.Destination, tmpfsOpts(m.TmpfsSize, m.TmpfsMode, m.RW)])),
      CgroupParent: rec.cgroupParent,
      Runtime: 'tsc',
      IpcMode: 'private',
      PidMode: '',
      UTSMode: '',
      Cgroupns: 'host',
    },
    GraphDriver: {
      Name: 'overlay2',
      Data: { LowerDir: rec.LowerDirs.join(':'), UpperDir: join(dir, 'upper'), WorkDir: join(dir, 'work'), MergedDir: join(dir, 'rootfs') },
    },
    Mounts: rec.Mounts.map((m) => ({
      Type: m.Type,
      ...(m.Name ? { Name: m.Name } : {}),
      Source: m.Source,
      Destination: m.Destination,
      ...(m.Driver ? { Driver: m.Driver } : {}),
      Mode: m.Mode,
      RW: m.RW,
      Propagation: m.Propagation,
    })),
    Config: { ...config, ...(Healthcheck ? { Healthcheck: dockerHealth(Healthcheck) } : {}) },
    NetworkSettings: network ?? {
      Bridge: '',
      SandboxID: '',
      Ports: {},
      SandboxKey: '',
      IPAddress: '',
      Gateway: '',
      MacAddress: '',
      Networks: { [rec.HostConfig.NetworkMode]: { IPAddress: '', Gateway: '', MacAddress: '', Aliases: rec.NetworkAliases, NetworkID: rec.HostConfig.NetworkMode } },
    },
  }
}

function tmpfsOpts(size?: number, mode?: number, rw = true): string {
  return [rw ? 'rw' : 'ro', ...(size ? [`size=${size}`] : []), ...(mode !== undefined ? [`mode=${mode.toString(8)}`] : [])].join(',')
}

function dockerHealth(h: { test: readonly string[]; interval?: number; timeout?: number; retries?: number; startPeriod?: number; startInterval?: number }) {
  return {
    Test: h.test,
    ...(h.interval ? { Interval: h.interval } : {}),
    ...(h.timeout ? { Timeout: h.timeout } : {}),
    ...(h.startPeriod ? { StartPeriod: h.startPeriod } : {}),
    ...(h.startInterval ? { StartInterval: h.startInterval } : {}),
    ...(h.retries ? { Retries: h.retries } : {}),
  }
}
