import { TscError } from '@tsc-compose/runtime'
import type { Project, Service } from '../model/types.js'
import { LABEL_NETWORK, LABEL_PROJECT, LABEL_VOLUME, COMPOSE_LABEL_VERSION, LABEL_VERSION } from '../plan/labels.js'
import { serviceConfigHash } from '../plan/config-hash.js'
import { serviceImage } from '../plan/naming.js'
import type { Operation, Plan } from '../plan/plan.js'
import { hostPullPolicy } from '../plan/pull-policy.js'
import { serviceToCreateOptions, type ContainerNetworkRequest } from './container-options.js'
import type { ComposeHost } from './host.js'
import type { ProgressListener } from './progress.js'

export class ComposeExecutionError extends TscError {}

export interface ExecuteOptions {
  readonly project: Project
  readonly host: ComposeHost
  readonly onProgress?: ProgressListener
  /**
   * Builds the network part of a container's create options (networking is its own module);
   * `containerIdOf` knows the containers made earlier in this run (network_mode service:x).
   */
  readonly networkRequest: (serviceName: string, service: Service, containerIdOf?: (service: string) => string | undefined) => ContainerNetworkRequest
  readonly extraHashContent?: Readonly<Record<string, Readonly<Record<string, string>>>>
  /** Containers already known per service (observed), for waits on unchanged services. */
  readonly knownContainers?: ReadonlyMap<string, readonly string[]>
  /** Poll interval for dependency conditions (docker compose polls every 500 ms). */
  readonly pollMs?: number
  /** `up -V`: recreated containers get new anonymous volumes instead of the previous ones. */
  readonly renewAnonVolumes?: boolean
  /** `down -v`: anonymous volumes go with their containers. */
  readonly removeAnonVolumes?: boolean
  readonly concurrency?: number
  readonly signal?: AbortSignal
  /** `up --quiet-pull`: pull without progress events. */
  readonly quietPull?: boolean
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Runs a plan's operations, each as soon as the ones it waits for are done, with bounded
 * parallelism. Decides nothing: every choice was made by the planner. On the first failure
 * no new operation starts; running ones finish; the error names the service.
 */
export async function executePlan(plan: Plan, opts: ExecuteOptions): Promise<Map<string, string[]>> {
  const { project, host } = opts
  const model = project.model
  const emit = opts.onProgress ?? (() => {})
  const containersByService = new Map<string, string[]>()
  for (const [s, ids] of opts.knownContainers ?? []) containersByService.set(s, [...ids])
  const idByTarget = new Map<string, string>()
  const imageIds = new Map<string, string>()

  const serviceContainerIds = (service: string): string[] => containersByService.get(service) ?? []
  const track = (service: string, id: string, replaces?: string): void => {
    const list = (containersByService.get(service) ?? []).filter((x) => x !== replaces)
    if (!list.includes(id)) list.push(id)
    containersByService.set(service, list)
  }

  const create = async (op: Operation, inherited: ReadonlyArray<{ source: string; target: string; readOnly: boolean }> = []): Promise<string> => {
    const service = model.services[op.service!]!
    const image = serviceImage(model.name, op.service!, service)
    const imageId = imageIds.get(image) ?? (await host.imageId(image))
    const request = opts.networkRequest(op.service!, service, (s) => serviceContainerIds(s)[0])
    const options = serviceToCreateOptions({
      project: model.name,
      service: op.service!,
      number: op.number!,
      name: op.containerName!,
      image,
      imageId,
      configHash: serviceConfigHash(service, opts.extraHashContent?.[op.service!]),
      oneoff: false,
      workingDir: project.workingDir,
      configFiles: project.composeFiles,
    }, service, request)
    await addVolumesFrom(service, options)
    const mounts = (options.mounts as Record<string, unknown>[] | undefined) ?? []
    for (const prev of inherited) {
      const same = mounts.find((x) => x.target === prev.target)
      if (same && same.type === 'volume' && !same.source) same.source = prev.source
      else if (!same) mounts.push({ type: 'volume', source: prev.source, target: prev.target, readOnly: prev.readOnly })
    }
    options.mounts = mounts
    const id = await host.createContainer(options)
    try {
      for (const net of request.extraNetworks ?? []) {
        await host.connectNetwork(net.name, { id, name: op.containerName! }, { aliases: net.aliases, ipv4Address: net.ipv4Address, macAddress: net.macAddress })
      }
    } catch (err) {
      // nothing half-made: a container that cannot join all its networks is not kept
      await host.removeContainer(id, { force: true }).catch(() => undefined)
      throw err
    }
    return id
  }

  /** `build:` services (L): output is kept and its tail shown if the build fails. */
  const buildServiceImage = async (op: Operation): Promise<string> => {
    const service = model.services[op.service!]!
    if (!host.buildImage || !service.build) {
      throw new ComposeExecutionError('COMPOSE_BUILD_UNSUPPORTED', `service "${op.service}": image "${op.image}" must be built, and this host cannot build images`)
    }
    const resource = `Image ${op.image}`
    emit({ resource, status: 'Building', done: false })
    let tail = ''
    const { Writable } = await import('node:stream')
    const output = new Writable({
      write(chunk: Buffer, _enc, cb) {
        tail = (tail + chunk.toString()).slice(-4000)
        cb()
      },
    })
    try {
      const id = await host.buildImage({ service: op.service!, image: op.image!, build: service.build, output, ...(opts.signal ? { signal: opts.signal } : {}) })
      emit({ resource, status: 'Built', done: true })
      return id
    } catch (err) {
      emit({ resource, status: 'Error', detail: (err as Error).message, done: true })
      const lines = tail.trimEnd().split('\n').slice(-10).join('\n')
      throw new ComposeExecutionError('COMPOSE_BUILD_FAILED', `service "${op.service}" failed to build: ${(err as Error).message}`, {
        cause: err,
        ...((err as TscError).location ? { location: (err as TscError).location } : {}),
        ...(lines ? { hint: `last build output:\n${lines}` } : (err as TscError).hint ? { hint: (err as TscError).hint } : {}),
        exitCode: 1,
      })
    }
  }

  // volumes_from: the mounts of another service's (or container's) container, same sources.
  const addVolumesFrom = async (service: Service, options: Record<string, unknown>): Promise<void> => {
    const mounts = (options.mounts as Record<string, unknown>[] | undefined) ?? []
    for (const entry of service.volumes_from ?? []) {
      const parts = entry.split(':')
      const isContainer = parts[0] === 'container'
      const ref = isContainer ? parts[1]! : parts[0]!
      const mode = parts[isContainer ? 2 : 1]
      const id = isContainer ? ref : serviceContainerIds(ref)[0]
      if (!id) throw new ComposeExecutionError('COMPOSE_VOLUMES_FROM', `volumes_from "${entry}": no container for ${isContainer ? 'container' : 'service'} "${ref}"`)
      for (const m of await host.containerMounts(id)) {
        if (mounts.some((x) => x.target === m.target)) continue
        mounts.push({ type: m.type, source: m.source, target: m.target, readOnly: mode === 'ro' ? true : mode === 'rw' ? false : m.readOnly })
      }
    }
    options.mounts = mounts
  }

  const run = async (op: Operation): Promise<void> => {
    const cname = `Container ${op.containerName ?? op.target}`
    switch (op.kind) {
      case 'createNetwork': {
        const net = model.networks?.[op.network!]
        const name = net?.name ?? `${model.name}_${op.network}`
        emit({ resource: `Network ${name}`, status: 'Creating', done: false })
        await host.createNetwork(name, net ?? { name }, { [LABEL_PROJECT]: model.name, [LABEL_NETWORK]: op.network!, [LABEL_VERSION]: COMPOSE_LABEL_VERSION })
        emit({ resource: `Network ${name}`, status: 'Created', done: true })
        return
      }
      case 'createVolume': {
        const vol = model.volumes?.[op.volume!]
        const name = vol?.name ?? `${model.name}_${op.volume}`
        emit({ resource: `Volume ${name}`, status: 'Creating', done: false })
        await host.createVolume(name, vol ?? { name }, { [LABEL_PROJECT]: model.name, [LABEL_VOLUME]: op.volume!, [LABEL_VERSION]: COMPOSE_LABEL_VERSION })
        emit({ resource: `Volume ${name}`, status: 'Created', done: true })
        return
      }
      case 'ensureImage': {
        const policy = op.pullPolicy ?? 'never'
        const canPull = host.pullImage !== undefined && policy !== 'never' && policy !== 'build'
        let id = canPull ? undefined : await host.imageId(op.image!)
        if (canPull) {
          const quiet = opts.quietPull === true
          const resource = op.service!
          let pulling = false
          try {
            const res = await host.pullImage!(op.image!, {
              policy: hostPullPolicy(policy),
              signal: opts.signal,
              // "Pulling" only once bytes move: a policy that finds the image fresh says nothing.
              onProgress: () => {
                if (!pulling && !quiet) emit({ resource, status: 'Pulling', done: false })
                pulling = true
              },
            })
            if (res.pulled && !quiet) emit({ resource, status: 'Pulled', done: true })
            id = res.id
          } catch (err) {
            if (!quiet) emit({ resource, status: 'Error', detail: (err as Error).message, done: true })
            throw new ComposeExecutionError('COMPOSE_PULL_FAILED', `service "${op.service}": cannot pull image "${op.image}": ${(err as Error).message}`, { cause: err, hint: (err as TscError).hint })
          }
        }
        if (!id) {
          const why = policy === 'never' ? ' (pull_policy never)' : policy === 'build' ? ' (it has to be built, and --no-build was given)' : ''
          throw new ComposeExecutionError('COMPOSE_IMAGE_NOT_FOUND', `service "${op.service}": image "${op.image}" not found locally${why}`, {
            hint: `pull, import or load it first (tsc-compose image pull / image import / image load), or fix the image name in the compose file`,
          })
        }
        imageIds.set(op.image!, id)
        return
      }
      case 'buildImage': {
        imageIds.set(op.image!, await buildServiceImage(op))
        return
      }
      case 'createContainer': {
        emit({ resource: cname, status: 'Creating', done: false })
        const id = await create(op)
        idByTarget.set(op.target, id)
        track(op.service!, id)
        emit({ resource: cname, status: 'Created', done: true })
        return
      }
      case 'recreateContainer': {
        emit({ resource: cname, status: 'Recreate', done: false })
        // docker compose keeps a service's anonymous volumes across recreation (their data is
        // the user's); -V asks for fresh ones.
        const inherited = opts.renewAnonVolumes ? [] : (await host.containerMounts(op.containerId!)).filter((m) => m.type === 'volume' && m.anonymous)
        await host.stopContainer(op.containerId!, op.timeoutSeconds)
        await host.removeContainer(op.containerId!, { force: true })
        const id = await create(op, inherited)
        idByTarget.set(op.target, id)
        track(op.service!, id, op.containerId)
        emit({ resource: cname, status: 'Recreated', done: true })
        return
      }
      case 'startContainer': {
        const id = op.containerId ?? idByTarget.get(op.target)!
        emit({ resource: cname, status: 'Starting', done: false })
        try {
          await host.startContainer(id)
        } catch (err) {
          throw new ComposeExecutionError('COMPOSE_START_FAILED', `service "${op.service}" failed to start: ${(err as Error).message}`, { cause: err, exitCode: (err as TscError).exitCode ?? 1 })
        }
        track(op.service!, id)
        emit({ resource: cname, status: 'Started', done: true })
        return
      }
      case 'waitCondition':
        return waitCondition(op)
      case 'stopContainer':
        emit({ resource: cname, status: 'Stopping', done: false })
        await host.stopContainer(op.containerId!, op.timeoutSeconds)
        emit({ resource: cname, status: 'Stopped', done: true })
        return
      case 'removeContainer':
        emit({ resource: cname, status: 'Removing', done: false })
        await host.removeContainer(op.containerId!, { force: true, volumes: opts.removeAnonVolumes })
        emit({ resource: cname, status: 'Removed', done: true })
        return
      case 'removeNetwork': {
        const name = model.networks?.[op.network!]?.name ?? `${model.name}_${op.network}`
        emit({ resource: `Network ${name}`, status: 'Removing', done: false })
        await host.removeNetwork(name)
        emit({ resource: `Network ${name}`, status: 'Removed', done: true })
        return
      }
      case 'removeVolume': {
        const name = model.volumes?.[op.volume!]?.name ?? `${model.name}_${op.volume}`
        emit({ resource: `Volume ${name}`, status: 'Removing', done: false })
        await host.removeVolume(name)
        emit({ resource: `Volume ${name}`, status: 'Removed', done: true })
        return
      }
      case 'removeImage':
        emit({ resource: `Image ${op.image}`, status: 'Removing', done: false })
        await host.removeImage(op.image!)
        emit({ resource: `Image ${op.image}`, status: 'Removed', done: true })
        return
    }
  }

  const waitCondition = async (op: Operation): Promise<void> => {
    const pollMs = opts.pollMs ?? 500
    const service = op.service!
    for (;;) {
      if (opts.signal?.aborted) throw new ComposeExecutionError('COMPOSE_ABORTED', 'aborted')
      const ids = serviceContainerIds(service)
      const statuses = await Promise.all(ids.map((id) => host.containerStatus(id)))
      let satisfied = ids.length > 0
      for (const [i, st] of statuses.entries()) {
        const name = `Container ${ids[i]!.slice(0, 12)}`
        if (!st) continue
        if (op.condition === 'service_healthy') {
          if (st.health === 'unhealthy' || (st.state === 'exited' && st.health !== 'healthy')) {
            const msg = `dependency failed to start: container for service "${service}" is ${st.health === 'unhealthy' ? 'unhealthy' : `exited (${st.exitCode ?? 0})`}`
            if (op.required === false) {
              emit({ resource: name, status: 'Warning', detail: msg, done: true })
              return
            }
            throw new ComposeExecutionError('COMPOSE_DEPENDENCY_FAILED', msg)
          }
          if (st.health === undefined) {
            throw new ComposeExecutionError('COMPOSE_NO_HEALTHCHECK', `dependency "${service}" has no healthcheck: condition service_healthy can never be met`, { hint: 'add a healthcheck to the service or use condition: service_started' })
          }
          if (st.health !== 'healthy') satisfied = false
        } else if (op.condition === 'service_completed_successfully') {
          if (st.state === 'exited' || st.state === 'dead') {
            if ((st.exitCode ?? 0) !== 0) {
              const msg = `service "${service}" didn't complete successfully: exit ${st.exitCode}`
              if (op.required === false) {
                emit({ resource: name, status: 'Warning', detail: msg, done: true })
                return
              }
              throw new ComposeExecutionError('COMPOSE_DEPENDENCY_FAILED', msg)
            }
          } else satisfied = false
        }
      }
      if (satisfied) {
        emit({ resource: `Service ${service}`, status: op.condition === 'service_healthy' ? 'Healthy' : 'Exited', done: true })
        return
      }
      emit({ resource: `Service ${service}`, status: 'Waiting', done: false })
      await sleep(pollMs)
    }
  }

  await runOperations(plan.operations, run, opts.concurrency ?? parallelLimit(process.env.COMPOSE_PARALLEL_LIMIT))
  return containersByService
}

/**
 * docker compose's parallelism: unlimited unless COMPOSE_PARALLEL_LIMIT says otherwise. A
 * bound of 8 made `down` of 10 services wait for two stops behind the first removals, and the
 * network (which waits for every stop) with them.
 */
export function parallelLimit(env: string | undefined): number {
  const n = Number(env)
  return Number.isInteger(n) && n > 0 ? n : Infinity
}

/** Runs operations as their `after` sets complete, at most `limit` at a time. */
export async function runOperations(ops: readonly Operation[], fn: (op: Operation) => Promise<void>, limit: number): Promise<void> {
  const done = new Set<number>()
  const pending = new Map(ops.map((o) => [o.id, o]))
  let running = 0
  let failure: { err: unknown } | undefined
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      if (failure) {
        if (running === 0) resolve()
        return
      }
      for (const op of [...pending.values()]) {
        if (running >= limit) break
        if (!op.after.every((a) => done.has(a) || !ops.some((o) => o.id === a))) continue
        pending.delete(op.id)
        running += 1
        fn(op).then(
          () => {
            running -= 1
            done.add(op.id)
            pump()
          },
          (err) => {
            running -= 1
            failure ??= { err }
            pump()
          },
        )
      }
      if (pending.size === 0 && running === 0) resolve()
    }
    pump()
  })
  if (failure) throw failure.err
}
