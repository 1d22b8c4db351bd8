import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ComposeModel, Project, Service } from '../../src/model/types.js'
import { oneOffService, prepareRun } from '../../src/project-ops/run.js'
import { pickServiceContainer } from '../../src/project-ops/service-container.js'
import type { ObservedContainer } from '../../src/plan/observed.js'
import { FakeComposeHost } from '../execute/fake-host.js'

const web: Service = {
  image: 'bb', command: ['serve'], restart: 'always', container_name: 'fixed', environment: { A: '1' },
  ports: [{ mode: 'ingress', protocol: 'tcp', target: 80, published: '8080' }],
  depends_on: { db: { condition: 'service_healthy', required: true }, job: { condition: 'service_completed_successfully', required: true } },
  network_mode: 'none',
} as Service
const model = {
  name: 'shop',
  services: { web, db: { image: 'bb', network_mode: 'none' } as Service, job: { image: 'bb', network_mode: 'none' } as Service },
} as unknown as ComposeModel
const project: Project = { model, workingDir: '/srv/shop', composeFiles: ['/srv/shop/compose.yaml'], environment: { FROM_SHELL: 'yes' }, profiles: [], disabledServices: {}, warnings: [] }
const base = { service: 'web', tty: false, interactive: true }

describe('run: the one-off service', () => {
  it('drops restart, ports and container_name, and applies the command line', () => {
    const s = oneOffService(web, { ...base, command: ['sh'], env: ['B=2', 'FROM_SHELL', 'UNSET'], user: 'nobody', workdir: '/tmp', volumes: ['./data:/data:ro'], labels: { x: 'y' } }, project.environment, project.workingDir)
    expect(s.restart).toBeUndefined()
    expect(s.container_name).toBeUndefined()
    expect(s.ports).toEqual([])
    expect(s.command).toEqual(['sh'])
    expect(s.environment).toEqual({ A: '1', B: '2', FROM_SHELL: 'yes' })
    expect(s.user).toBe('nobody')
    expect(s.working_dir).toBe('/tmp')
    expect(s.volumes).toEqual([expect.objectContaining({ type: 'bind', source: '/srv/shop/data', target: '/data', read_only: true })])
    expect(s.labels).toEqual({ x: 'y' })
    expect(s.stdin_open).toBe(true)
  })

  it('keeps ports with --service-ports, replaces them with -p, and an entrypoint clears the command', () => {
    expect(oneOffService(web, { ...base, servicePorts: true }, {}, '/').ports).toEqual(web.ports)
    expect(oneOffService(web, { ...base, publish: ['127.0.0.1:9000:90/udp'] }, {}, '/').ports).toEqual([{ mode: 'ingress', protocol: 'udp', target: 90, published: '9000', host_ip: '127.0.0.1' }])
    const s = oneOffService(web, { ...base, entrypoint: ['sh', '-c'] }, {}, '/')
    expect(s.entrypoint).toEqual(['sh', '-c'])
    expect(s.command).toBeNull()
  })
})

describe('run: prepareRun', () => {
  it('starts dependencies, waits for their conditions, and labels the one-off', async () => {
    const host = new FakeComposeHost()
    host.healthOnStart.set('db', 'healthy')
    host.exitOnStart.set('job', 0)
    const root = mkdtempSync(join(tmpdir(), 'tsc-run-'))
    try {
      const r = await prepareRun({ project, host, root }, { ...base, command: ['echo', 'hi'], autoRemove: true, pollMs: 1 })
      expect(host.calls.filter((x) => x.startsWith('start')).sort()).toEqual(['start shop-db-1', 'start shop-job-1'])
      expect(r.name).toMatch(/^shop-web-run-[0-9a-f]{12}$/)
      expect(r.slug).toMatch(/^[0-9a-f]{64}$/)
      expect(r.name.endsWith(r.slug.slice(0, 12))).toBe(true)
      const labels = r.options.labels as Record<string, string>
      expect(labels['com.docker.compose.oneoff']).toBe('True')
      expect(labels['com.docker.compose.slug']).toBe(r.slug)
      expect(labels['com.docker.compose.service']).toBe('web')
      expect('com.docker.compose.container-number' in labels).toBe(false)
      expect(r.options).toMatchObject({ name: r.name, image: 'bb', cmd: ['echo', 'hi'], autoRemove: true, openStdin: true, tty: false })
      expect(r.options.restart).toBeUndefined()
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('fails with docker compose words for an unknown service and incompatible flags', async () => {
    const host = new FakeComposeHost()
    await expect(prepareRun({ project, host, root: '/tmp' }, { ...base, service: 'nope' })).rejects.toThrow('no such service: nope')
    await expect(prepareRun({ project, host, root: '/tmp' }, { ...base, publish: ['80'], servicePorts: true })).rejects.toThrow('--service-ports and --publish are incompatible')
  })
})

const c = (service: string, number: number, state: ObservedContainer['state'], oneoff = false): ObservedContainer =>
  ({ id: `${service}${number}${oneoff ? 'o' : ''}`, name: `p-${service}-${number}`, service, number, oneoff, configHash: '', state, labels: {} })

describe('pickServiceContainer', () => {
  const all = [c('web', 2, 'running'), c('web', 1, 'running'), c('web', 3, 'exited'), c('web', 0, 'running', true), c('db', 1, 'exited')]
  it('picks the lowest running replica, or the one --index names', () => {
    expect(pickServiceContainer(all, { service: 'web' }).number).toBe(1)
    expect(pickServiceContainer(all, { service: 'web', index: 2 }).number).toBe(2)
    expect(pickServiceContainer(all, { service: 'web', index: 3, stopped: true }).number).toBe(3)
  })
  it('errors like docker compose', () => {
    expect(() => pickServiceContainer(all, { service: 'db' })).toThrow('service "db" is not running')
    expect(() => pickServiceContainer(all, { service: 'web', index: 3 })).toThrow('service "web" is not running container #3')
  })
})
