import type { ContainerObservation, ObservedState, ProjectSnapshot } from '../../src/dashboard/model.js'

export const T0 = Date.parse('2024-05-01T12:00:00Z')

export function state(over: Partial<ObservedState> = {}): ObservedState {
  return {
    status: 'running',
    exitCode: 0,
    startedAt: new Date(T0 - 65_000).toISOString(),
    finishedAt: '0001-01-01T00:00:00Z',
    restartCount: 0,
    ...over,
  }
}

export function container(service: string, number = 1, over: Partial<ContainerObservation> = {}): ContainerObservation {
  return {
    id: `${service}${number}`.padEnd(64, '0'),
    name: `demo-${service}-${number}`,
    service,
    number,
    oneoff: false,
    state: state(),
    ports: '',
    usage: { cpu: { containerNs: 1e9, systemNs: 100e9 }, memoryUsed: 12 * 1024 * 1024, memoryLimit: 512 * 1024 * 1024, pids: 3 },
    ...over,
  }
}

export function snapshot(containers: ContainerObservation[], at = T0, onlineCpus = 4): ProjectSnapshot {
  return { project: 'demo', at, onlineCpus, containers }
}

/** The same containers one second later, each having used `cpuNs` more CPU time. */
export function later(s: ProjectSnapshot, cpuNs: Record<string, number>, dt = 1000): ProjectSnapshot {
  return {
    ...s,
    at: s.at + dt,
    containers: s.containers.map((c) =>
      c.usage
        ? { ...c, usage: { ...c.usage, cpu: { containerNs: c.usage.cpu.containerNs + (cpuNs[c.service] ?? 0), systemNs: c.usage.cpu.systemNs + 4e9 * (dt / 1000) } } }
        : c,
    ),
  }
}
