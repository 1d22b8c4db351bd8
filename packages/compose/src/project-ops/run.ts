import { randomBytes } from 'node:crypto'
import { isAbsolute, resolve } from 'node:path'
import { ComposeExecutionError, executePlan } from '../execute/execute-plan.js'
import { serviceToCreateOptions, type ContainerCreateOptions, type ContainerNetworkRequest } from '../execute/container-options.js'
import type { PortConfig, Service, ServiceDependency, VolumeMount } from '../model/types.js'
import { parsePortSpec } from '../normalize/ports.js'
import { parseVolumeSpec } from '../normalize/volumes.js'
import { serviceConfigHash } from '../plan/config-hash.js'
import { projectGraph } from '../plan/dependencies.js'
import { LABEL_CONTAINER_NUMBER, LABEL_SLUG } from '../plan/labels.js'
import { serviceImage } from '../plan/naming.js'
import { PlanBuilder } from '../plan/plan.js'
import { networkRequestFor } from './network-request.js'
import { noSuchService } from './service-container.js'
import type { ProjectSession } from './session.js'
import { up } from './up.js'

export interface RunOneOffOptions {
  readonly service: string
  /** Replaces the service's command when non-empty. */
  readonly command?: readonly string[]
  /** `--entrypoint` (already split); set = replaces the entrypoint and drops the command. */
  readonly entrypoint?: readonly string[]
  /** `-e KEY=VAL` or `-e KEY` (taken from the project environment, dropped when unset). */
  readonly env?: readonly string[]
  readonly labels?: Readonly<Record<string, string>>
  /** `-v` short syntax, appended to the service's volumes. */
  readonly volumes?: readonly string[]
  /** `-p`: replaces the service's ports. */
  readonly publish?: readonly string[]
  /** `--service-ports`: keep the service's ports (a one-off publishes nothing otherwise). */
  readonly servicePorts?: boolean
  readonly name?: string
  readonly user?: string
  readonly workdir?: string
  readonly tty: boolean
  readonly interactive: boolean
  readonly autoRemove?: boolean
  readonly noDeps?: boolean
  readonly removeOrphans?: boolean
  readonly capAdd?: readonly string[]
  readonly capDrop?: readonly string[]
  /** `--use-aliases`: the service name and its network aliases, as the service's own containers have. */
  readonly useAliases?: boolean
  /** Poll interval for dependency conditions (tests). */
  readonly pollMs?: number
}

export interface PreparedRun {
  readonly options: ContainerCreateOptions
  readonly name: string
  readonly slug: string
}

const runError = (message: string): ComposeExecutionError => new ComposeExecutionError('COMPOSE_RUN_INVALID', message, { exitCode: 1 })

function parseEnv(entries: readonly string[], environment: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of entries) {
    const eq = e.indexOf('=')
    if (eq === -1) {
      // docker compose resolves a bare KEY from the project environment and drops it if unset.
      if (e in environment) out[e] = environment[e]!
    } else out[e.slice(0, eq)] = e.slice(eq + 1)
  }
  return out
}

function parsePorts(specs: readonly string[]): PortConfig[] {
  return specs.flatMap((spec) => {
    try {
      return parsePortSpec(spec).map((p) => ({ mode: 'ingress', protocol: p.protocol ?? 'tcp', target: p.target, ...(p.published ? { published: p.published } : {}), ...(p.host_ip ? { host_ip: p.host_ip } : {}) }))
    } catch (err) {
      throw runError((err as Error).message)
    }
  })
}

function parseVolumes(specs: readonly string[], workingDir: string): VolumeMount[] {
  return specs.map((spec) => {
    let v
    try {
      v = parseVolumeSpec(spec)
    } catch (err) {
      throw runError((err as Error).message)
    }
    if (v.type === 'bind' && v.source) {
      const src = v.source.startsWith('~') ? v.source.replace(/^~/, process.env.HOME ?? '/root') : v.source
      v.source = isAbsolute(src) ? src : resolve(workingDir, src)
    }
    return v as unknown as VolumeMount
  })
}

/**
 * The service as a one-off container sees it, as docker compose's applyRunOptions does: no
 * restart policy, no ports unless asked, the CLI's command/entrypoint/env/user/workdir/labels,
 * tty and stdin from the command line, and no `container_name` unless `--name`.
 */
export function oneOffService(service: Service, opts: RunOneOffOptions, environment: Readonly<Record<string, string>>, workingDir: string): Service {
  const s: Record<string, unknown> = { ...service }
  s.tty = opts.tty
  s.stdin_open = opts.interactive
  delete s.container_name
  delete s.restart
  if (service.deploy?.restart_policy) s.deploy = { ...service.deploy, restart_policy: undefined }
  if (opts.command?.length) s.command = [...opts.command]
  if (opts.entrypoint !== undefined) {
    s.entrypoint = [...opts.entrypoint]
    if (!opts.command?.length) s.command = null
  }
  if (opts.user) s.user = opts.user
  if (opts.workdir) s.working_dir = opts.workdir
  if (opts.env?.length) s.environment = { ...(service.environment ?? {}), ...parseEnv(opts.env, environment) }
  if (opts.labels && Object.keys(opts.labels).length) s.labels = { ...(service.labels ?? {}), ...opts.labels }
  if (opts.publish?.length) s.ports = parsePorts(opts.publish)
  else if (!opts.servicePorts) s.ports = []
  if (opts.volumes?.length) s.volumes = [...(service.volumes ?? []), ...parseVolumes(opts.volumes, workingDir)]
  if (opts.capAdd?.length) {
    s.cap_add = [...((service.cap_add as string[] | undefined) ?? []), ...opts.capAdd]
    s.cap_drop = ((service.cap_drop as string[] | undefined) ?? []).filter((c) => !opts.capAdd!.includes(c))
  }
  if (opts.capDrop?.length) {
    s.cap_drop = [...((s.cap_drop as string[] | undefined) ?? []), ...opts.capDrop]
    s.cap_add = ((s.cap_add as string[] | undefined) ?? []).filter((c) => !opts.capDrop!.includes(c))
  }
  return s as unknown as Service
}

/**
 * `run` up to the point of creating the container: dependencies created and started (unless
 * --no-deps) and their depends_on conditions met, the image present, then the one-off's create
 * options (`<project>-<service>-run-<12 hex>`, labels oneoff=True and slug). The CLI creates
 * and runs it, because only the CLI has the terminal.
 */
export async function prepareRun(session: ProjectSession, opts: RunOneOffOptions): Promise<PreparedRun> {
  const { project, host } = session
  const model = project.model
  const service = model.services[opts.service]
  if (!service) throw noSuchService(opts.service)
  if (opts.publish?.length && opts.servicePorts) throw runError('--service-ports and --publish are incompatible')

  if (!opts.noDeps) {
    const deps = [...projectGraph(model).closure([opts.service])].filter((s) => s !== opts.service)
    if (deps.length) await up(session, { services: deps, removeOrphans: opts.removeOrphans })
    await waitDependencies(session, opts.service, service.depends_on ?? {}, opts.pollMs)
  }

  const image = serviceImage(model.name, opts.service, service)
  let imageId = await host.imageId(image)
  // A missing image of a service with `build:` is built first, as docker compose run does (L).
  if (!imageId && service.build && host.buildImage) imageId = await host.buildImage({ service: opts.service, image, build: service.build })
  if (!imageId) {
    throw new ComposeExecutionError('COMPOSE_IMAGE_NOT_FOUND', `service "${opts.service}": image "${image}" not found locally`, {
      hint: 'import or load it first (tsc-compose image import / image load), or fix the image name in the compose file',
    })
  }

  const runService = oneOffService(service, opts, project.environment, project.workingDir)
  const slug = randomBytes(32).toString('hex')
  const name = opts.name ?? `${model.name}-${opts.service}-run-${slug.slice(0, 12)}`
  const observed = await host.listProjectContainers(model.name)
  const idOf = (s: string): string | undefined => observed.find((c) => c.service === s && !c.oneoff && c.state === 'running')?.id
  const options = serviceToCreateOptions({
    project: model.name,
    service: opts.service,
    number: 0,
    name,
    image,
    imageId,
    configHash: serviceConfigHash(runService),
    oneoff: true,
    workingDir: project.workingDir,
    configFiles: project.composeFiles,
  }, runService, runNetworks(networkRequestFor(project, opts.service, runService, idOf), Boolean(opts.useAliases)))
  // One-off containers are not numbered replicas (docker compose leaves the label out).
  const labels: Record<string, string> = { ...(options.labels as Record<string, string>), [LABEL_SLUG]: slug }
  delete labels[LABEL_CONTAINER_NUMBER]
  return { options: { ...options, labels, autoRemove: Boolean(opts.autoRemove) }, name, slug }
}

/**
 * docker compose gives a one-off container no network alias of its own (getAliases: only the
 * container name, which our DNS answers anyway): `web` must keep resolving to the service's
 * containers, not to a `run web` next to them. With --use-aliases it gets the service's.
 */
export function runNetworks(req: ContainerNetworkRequest, useAliases: boolean): ContainerNetworkRequest {
  if (useAliases) return req
  const network = { ...req.network }
  if (network.aliases !== undefined) network.aliases = []
  return { ...req, network, extraNetworks: req.extraNetworks?.map((n) => ({ ...n, aliases: [] })) }
}

/**
 * A service's depends_on conditions (healthy / completed), as `up` waits for them: the run
 * service's before its one-off starts, and `restart`'s `restart: true` dependencies.
 */
export async function waitDependencies(session: ProjectSession, name: string, dependsOn: Readonly<Record<string, ServiceDependency>>, pollMs?: number): Promise<void> {
  const b = new PlanBuilder()
  for (const [dep, cfg] of Object.entries(dependsOn)) {
    if (cfg.condition === 'service_started' || !(dep in session.project.model.services)) continue
    b.add({ kind: 'waitCondition', target: `service:${dep}`, service: dep, condition: cfg.condition, required: cfg.required, cause: `${name} depends on it` })
  }
  const plan = b.build()
  if (plan.operations.length === 0) return
  const known = new Map<string, string[]>()
  for (const c of await session.host.listProjectContainers(session.project.model.name)) {
    if (!c.oneoff) known.set(c.service, [...(known.get(c.service) ?? []), c.id])
  }
  await executePlan(plan, {
    project: session.project,
    host: session.host,
    onProgress: session.onProgress,
    knownContainers: known,
    pollMs,
    networkRequest: (n, s) => networkRequestFor(session.project, n, s),
  })
}
