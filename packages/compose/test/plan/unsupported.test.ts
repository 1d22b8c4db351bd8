import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadProject } from '../../src/load/load-project.js'
import { isComposeFileError } from '../../src/errors.js'
import { serviceToCreateOptions } from '../../src/execute/container-options.js'
import { ociArch, UNSUPPORTED_FIELD_CODE, unsupportedFields, unsupportedFieldsError, type UnsupportedField } from '../../src/plan/unsupported.js'

// What up/create/run report about fields the engine parses but does not apply: nothing where
// docker compose ignores them too, a warning naming field, value and what happens instead, an
// error where docker refuses them. Files go through the real loader: the checks see the
// normalized model, long syntax only.
const root = mkdtempSync(join(tmpdir(), 'tsc-unsupported-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let n = 0

async function check(yaml: string, opts: { hostArch?: string; services?: string[] } = {}): Promise<UnsupportedField[]> {
  const dir = join(root, `p${n++}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'compose.yaml'), `name: t\n${yaml}`)
  writeFileSync(join(dir, 'secret.txt'), 'x')
  const project = await loadProject({ cwd: dir, processEnv: {}, onWarning: () => {} })
  return unsupportedFields(project.model, { hostArch: opts.hostArch ?? 'x64', ...(opts.services ? { services: opts.services } : {}) })
}

/** One service `a` with `body` (indented under it). */
const service = (body: string, rest = ''): string => `services:\n  a:\n    image: busybox\n${body.replace(/^/gm, '    ')}\n${rest}`

describe('unsupportedFields: nothing to say', () => {
  it('the quickstart example (test profile included) yields nothing', async () => {
    const project = await loadProject({ cwd: join(import.meta.dirname, '../../../../examples/quickstart'), processEnv: {}, profiles: ['test'], onWarning: () => {} })
    expect(unsupportedFields(project.model, { hostArch: 'x64' })).toEqual([])
  })

  it('fields the engine applies, and their default values, yield nothing', async () => {
    expect(await check(service(`
mem_reservation: 32m
cpu_quota: 50000
cpu_period: 100000
cpuset: "0"
oom_score_adj: 100
group_add: [audio]
restart: on-failure:3
ports: ["127.0.0.1:8080:80"]
volumes: [data:/data, ./x:/x]
tmpfs: ["/run:size=10m"]
secrets: [s]
logging: { driver: json-file, options: { max-size: 1m, max-file: "3" } }
ipc: private
cgroup: host
userns_mode: host
runtime: runc
isolation: default
platform: linux/amd64
mem_swappiness: 0
oom_kill_disable: false
links: [b, "b:b"]
extra_hosts: ["h:10.0.0.1"]
networks: { front: { aliases: [x], ipv4_address: 10.5.0.9 } }
deploy: { resources: { limits: { cpus: "1", memory: 1g, pids: 10 } }, restart_policy: { condition: any } }`, `  b:
    image: busybox
networks:
  front:
    driver: bridge
    ipam: { driver: default, config: [{ subnet: 10.5.0.0/24, gateway: 10.5.0.1, ip_range: 10.5.0.0/25 }] }
volumes:
  data: { driver: local, driver_opts: { type: tmpfs, device: tmpfs } }
secrets:
  s: { file: ./secret.txt }
`))).toEqual([])
  })

  it('what docker compose ignores for local containers too: swarm deploy keys, Windows-only and metadata keys', async () => {
    expect(await check(service(`
deploy:
  mode: global
  replicas: 2
  endpoint_mode: dnsrr
  labels: { a: b }
  placement: { constraints: ["node.role==manager"], max_replicas_per_node: 1 }
  update_config: { parallelism: 2, order: start-first }
  rollback_config: { parallelism: 1 }
  restart_policy: { condition: on-failure, delay: 5s, window: 10s, max_attempts: 2 }
  resources: { reservations: { cpus: "0.5", generic_resources: [{ discrete_resource_spec: { kind: gpu, value: 1 } }] } }
credential_spec: { file: spec.json }
expose: ["80"]
ports: [{ target: 80, published: "8080", mode: host, app_protocol: http, name: web }]
volumes: [{ type: bind, source: ./x, target: /x, consistency: cached, bind: { selinux: z } }]
pull_policy: refresh
pull_refresh_after: 1h
build: { context: ., cache_from: [a], cache_to: [b], provenance: true, sbom: true, tags: [t], labels: { a: b } }`, `secrets:
  s: { file: ./secret.txt, labels: { a: b } }
`))).toEqual([])
  })

  it('external networks and volumes are not ours to check', async () => {
    expect(await check(service('networks: [ext]\nvolumes: [v:/v]', `networks:
  ext: { external: true, name: some-net }
volumes:
  v: { external: true }
`))).toEqual([])
  })
})

describe('unsupportedFields: warnings name the field, its value and what happens instead', () => {
  const cases: Array<[string, string, string, string]> = [
    ['gpus: all', 'gpus: all', 'services.a.gpus', 'service "a": gpus "all" is not supported by tsc-compose; the container gets no GPU'],
    ['gpus as device requests', 'gpus: [{ driver: nvidia, count: 1 }]', 'services.a.gpus', 'service "a": gpus [{"driver":"nvidia","count":1}] is not supported by tsc-compose; the container gets no GPU'],
    ['deploy device reservations', 'deploy: { resources: { reservations: { devices: [{ capabilities: [gpu] }] } } }', 'services.a.deploy.resources.reservations.devices', 'the container gets no GPU or other requested device'],
    ['runtime', 'runtime: nvidia', 'services.a.runtime', `service "a": runtime "nvidia" is not supported by tsc-compose; the container runs on tsc-compose's own runtime`],
    ['userns_mode', 'userns_mode: keep-id', 'services.a.userns_mode', 'service "a": userns_mode "keep-id" is not supported by tsc-compose; the container runs without a user namespace'],
    ['storage_opt', 'storage_opt: { size: 1G }', 'services.a.storage_opt', 'service "a": storage_opt {"size":"1G"} is not supported by tsc-compose'],
    ['blkio_config', 'blkio_config: { weight: 300 }', 'services.a.blkio_config', 'service "a": blkio_config {"weight":300} is not supported by tsc-compose; no block I/O weight or throttling is applied'],
    ['cpu_count', 'cpu_count: 2', 'services.a.cpu_count', 'service "a": cpu_count 2 is not supported'],
    ['cpu_percent', 'cpu_percent: 50', 'services.a.cpu_percent', 'service "a": cpu_percent 50 is not supported'],
    ['cpu_rt_period', 'cpu_rt_period: 1000', 'services.a.cpu_rt_period', 'no realtime CPU period is set'],
    ['cpu_rt_runtime', 'cpu_rt_runtime: 1000', 'services.a.cpu_rt_runtime', 'no realtime CPU runtime is set'],
    ['cgroup_parent', 'cgroup_parent: mine', 'services.a.cgroup_parent', 'service "a": cgroup_parent "mine" is not supported'],
    ['mem_swappiness', 'mem_swappiness: 10', 'services.a.mem_swappiness', "the kernel's default swappiness applies"],
    ['oom_kill_disable', 'oom_kill_disable: true', 'services.a.oom_kill_disable', 'service "a": oom_kill_disable true is not supported by tsc-compose; the OOM killer stays enabled'],
    ['annotations', 'annotations: { com.example: x }', 'services.a.annotations', 'the container gets no OCI annotations'],
    ['external_links', 'external_links: [redis]', 'services.a.external_links', 'service "a": external_links ["redis"] is not supported'],
    ['post_start', 'post_start: [{ command: echo hi }]', 'services.a.post_start', 'the hooks are not run'],
    ['pre_stop', 'pre_stop: [{ command: echo bye }]', 'services.a.pre_stop', 'the hooks are not run'],
    ['use_api_socket', 'use_api_socket: true', 'services.a.use_api_socket', 'no Docker API socket is mounted'],
    ['ipc: host', 'ipc: host', 'services.a.ipc', 'service "a": ipc "host" is not supported by tsc-compose; the container gets its own IPC namespace'],
    ['pid: host', 'pid: host', 'services.a.pid', 'the container gets its own PID namespace'],
    ['uts: host', 'uts: host', 'services.a.uts', 'the container gets its own UTS namespace'],
    ['cgroup: private', 'cgroup: private', 'services.a.cgroup', "the container shares the host's cgroup namespace"],
    ['logging driver', 'logging: { driver: syslog, options: { tag: x } }', 'services.a.logging.driver', 'service "a": logging driver "syslog" is not supported by tsc-compose; the container logs to json-file'],
    ['json-file options', 'logging: { options: { compress: "true", max-size: 1m } }', 'services.a.logging.options.compress', 'service "a": logging option compress "true" is not supported by tsc-compose; only max-size and max-file are applied'],
    ['link aliases', 'links: ["a2:bee"]', 'services.a.links', 'service "a": links "a2:bee": the alias "bee" is not supported by tsc-compose; only "a2" resolves'],
    ['tmpfs options', 'tmpfs: ["/run:mode=1777,size=1m"]', 'services.a.tmpfs', 'service "a": tmpfs "/run:mode=1777,size=1m": option mode=1777 is not supported by tsc-compose'],
    ['image mounts', 'volumes: [{ type: image, source: other, target: /img }]', 'services.a.volumes[0].type', 'a mount of type "image" is not supported by tsc-compose; nothing is mounted at /img'],
    ['volume subpath', 'volumes: [{ type: volume, source: v, target: /v, volume: { subpath: sub } }]', 'services.a.volumes[0].volume.subpath', 'subpath "sub" is not supported by tsc-compose; the whole volume "v" is mounted at /v'],
    ['bind recursive', 'volumes: [{ type: bind, source: ./x, target: /x, bind: { recursive: disabled } }]', 'services.a.volumes[0].bind.recursive', 'bind recursive "disabled" is not supported'],
    ['ipv6_address', 'networks: { default: { ipv6_address: "fd00::5" } }', 'services.a.networks.default.ipv6_address', 'service "a": networks.default.ipv6_address "fd00::5" is not supported by tsc-compose; the container gets no IPv6 address'],
    ['link_local_ips', 'networks: { default: { link_local_ips: [169.254.1.1] } }', 'services.a.networks.default.link_local_ips', 'no link-local address is added'],
    ['interface_name', 'networks: { default: { interface_name: lan0 } }', 'services.a.networks.default.interface_name', 'the interface is named eth0, eth1'],
    ['endpoint driver_opts', 'networks: { default: { driver_opts: { a: b } } }', 'services.a.networks.default.driver_opts', 'the endpoint gets the default options'],
    ['gw_priority', 'networks: { default: { gw_priority: 5 } }', 'services.a.networks.default.gw_priority', 'the default gateway is the first network by priority'],
    ['secret uid/gid/mode', 'secrets: [{ source: s, uid: "100", gid: "101" }]', 'services.a.secrets[0]', 'service "a": secrets "s": uid "100", gid "101" are not supported by tsc-compose; the file is mounted read-only with its host owner and mode'],
    ['config mode', 'configs: [{ source: c, mode: 0440 }]', 'services.a.configs[0]', 'service "a": configs "c": mode'],
    ['models', 'models: [llm]', 'services.a.models', 'no model runner is started'],
    ['build ssh', 'build: { context: ., ssh: [default] }', 'services.a.build.ssh', 'service "a": build.ssh ["default"] is not supported by tsc-compose; the image is built without it'],
    ['build secrets', 'build: { context: ., secrets: [s] }', 'services.a.build.secrets', 'build.secrets'],
    ['build platforms', 'build: { context: ., platforms: [linux/arm64] }', 'services.a.build.platforms', 'build.platforms ["linux/arm64"]'],
    ['build extra_hosts', 'build: { context: ., extra_hosts: ["a:1.2.3.4"] }', 'services.a.build.extra_hosts', 'build.extra_hosts'],
    ['build additional_contexts', 'build: { context: ., additional_contexts: { x: ./x } }', 'services.a.build.additional_contexts', 'build.additional_contexts'],
  ]
  const resources = `  a2:\n    image: busybox\nsecrets:\n  s: { file: ./secret.txt }\nconfigs:\n  c: { content: hi }\nmodels:\n  llm: { model: ai/x }\nvolumes:\n  v: {}\n`
  it.each(cases)('%s', async (_name, body, path, message) => {
    const found = await check(service(body, resources))
    expect(found).toEqual([{ level: 'warning', path, message: expect.stringContaining(message) }])
  })

  it('networks: enable_ipv6, IPv6 and extra IPv4 pools, aux addresses, driver and IPAM options', async () => {
    const found = await check(service('networks: [n]', `networks:
  n:
    enable_ipv6: true
    enable_ipv4: false
    driver_opts: { com.docker.network.driver.mtu: "1400" }
    ipam:
      driver: custom
      options: { foo: bar }
      config:
        - subnet: fd00:1::/64
        - subnet: 10.7.0.0/24
          aux_addresses: { host1: 10.7.0.5 }
        - subnet: 10.8.0.0/24
`))
    expect(found.map((f) => [f.level, f.path, f.message])).toEqual([
      ['warning', 'networks.n.driver_opts.com.docker.network.driver.mtu', 'network "n": driver_opts com.docker.network.driver.mtu=1400 is not supported by tsc-compose; the bridge gets the default settings'],
      ['warning', 'networks.n.enable_ipv6', 'network "n": enable_ipv6 true is not supported by tsc-compose; the network is IPv4 only'],
      ['warning', 'networks.n.enable_ipv4', 'network "n": enable_ipv4 false is not supported by tsc-compose; the network gets IPv4 addresses anyway'],
      ['warning', 'networks.n.ipam.driver', 'network "n": ipam driver "custom" is not supported by tsc-compose; the default IPAM assigns addresses'],
      ['warning', 'networks.n.ipam.options', 'network "n": ipam options {"foo":"bar"} is not supported by tsc-compose; the default IPAM ignores them'],
      ['warning', 'networks.n.ipam.config[0].subnet', 'network "n": IPv6 subnet fd00:1::/64 is not supported by tsc-compose; the network is IPv4 only'],
      ['warning', 'networks.n.ipam.config[1].aux_addresses', 'network "n": aux_addresses {"host1":"10.7.0.5"} is not supported by tsc-compose; those addresses are not reserved'],
      ['warning', 'networks.n.ipam.config[2]', 'network "n": a second IPv4 pool "10.8.0.0/24" is not supported by tsc-compose; only the first IPv4 pool is used'],
    ])
  })
})

describe('unsupportedFields: errors where docker refuses too', () => {
  const only = (found: UnsupportedField[]) => found.map((f) => [f.level, f.path, f.message])

  it('platform: another architecture or OS than the host is refused; the host platform passes', async () => {
    expect(only(await check(service('platform: linux/arm64'), { hostArch: 'x64' }))).toEqual([
      ['error', 'services.a.platform', 'service "a": platform "linux/arm64" does not match this host (linux/amd64): tsc-compose runs linux/amd64 images only, without emulation'],
    ])
    expect(await check(service('platform: linux/arm64/v8'), { hostArch: 'arm64' })).toEqual([])
    expect(await check(service('platform: linux/x86_64'), { hostArch: 'amd64' })).toEqual([])
    expect(await check(service('platform: linux'), { hostArch: 'x64' })).toEqual([])
    expect(only(await check(service('platform: windows/amd64'), { hostArch: 'x64' }))[0]?.[0]).toBe('error')
    expect(only(await check(service('platform: arm64'), { hostArch: 'x64' }))[0]?.[1]).toBe('services.a.platform')
  })

  it('isolation other than default (Linux engines accept only "default")', async () => {
    expect(only(await check(service('isolation: hyperv')))).toEqual([
      ['error', 'services.a.isolation', 'service "a": isolation "hyperv" is not supported on Linux (only "default"), docker refuses it too'],
    ])
  })

  it('a volume or network driver the runtime has not', async () => {
    expect(only(await check(service('volumes: [v:/v]\nnetworks: [n]', 'volumes:\n  v: { driver: rexray }\nnetworks:\n  n: { driver: overlay }\n')))).toEqual([
      ['error', 'networks.n.driver', 'network "n": driver "overlay" is not supported by tsc-compose (only "bridge")'],
      ['error', 'volumes.v.driver', 'volume "v": driver "rexray" is not supported by tsc-compose (only "local")'],
    ])
  })

  it('external secrets and configs, secret drivers and template drivers (docker compose refuses them)', async () => {
    const found = await check(service('secrets: [ext, drv]\nconfigs: [cext, tpl]', `secrets:
  ext: { external: true, name: prod_key }
  drv: { file: ./secret.txt, driver: vault }
configs:
  cext: { external: true }
  tpl: { content: x, template_driver: golang }
`))
    expect(only(found)).toEqual([
      ['error', 'secrets.ext.external', 'secret "ext": unsupported external secret "prod_key" (external secrets are swarm objects: a local container cannot use them), docker compose refuses it too'],
      ['error', 'secrets.drv.driver', 'secret "drv": Docker Compose does not support secrets.*.driver ("vault")'],
      ['error', 'configs.cext.external', 'config "cext": unsupported external config "cext" (external configs are swarm objects: a local container cannot use them), docker compose refuses it too'],
      ['error', 'configs.tpl.template_driver', 'config "tpl": Docker Compose does not support configs.*.template_driver ("golang")'],
    ])
  })

  it('the error the CLI throws: a coded ComposeFileError, the others in its hint', () => {
    const err = unsupportedFieldsError([
      { level: 'error', path: 'services.a.isolation', message: 'first' },
      { level: 'error', path: 'volumes.v.driver', message: 'second' },
    ])
    expect(isComposeFileError(err, UNSUPPORTED_FIELD_CODE)).toBe(true)
    expect(err.message).toBe('first')
    expect(err.hint).toBe('also: second')
    expect(err.exitCode).toBe(1)
  })
})

describe('unsupportedFields: scope', () => {
  it('only the given services, and only the resources they use', async () => {
    const yaml = `services:
  a:
    image: busybox
    gpus: all
    networks: [n]
  b:
    image: busybox
    runtime: nvidia
    networks: [m]
networks:
  n: { enable_ipv6: true }
  m: { enable_ipv6: true }
`
    expect((await check(yaml, { services: ['b'] })).map((f) => f.path)).toEqual(['services.b.runtime', 'networks.m.enable_ipv6'])
    expect((await check(yaml)).map((f) => f.path)).toEqual(['services.a.gpus', 'services.b.runtime', 'networks.n.enable_ipv6', 'networks.m.enable_ipv6'])
  })

  it('host architectures in Node and OCI spellings', () => {
    expect([ociArch('x64'), ociArch('arm64'), ociArch('aarch64'), ociArch('ia32'), ociArch('ppc64'), ociArch('s390x')]).toEqual(['amd64', 'arm64', 'arm64', '386', 'ppc64le', 's390x'])
  })
})

describe('fields applied rather than warned about', () => {
  it('cpu_quota, cpu_period, cpuset, oom_score_adj, group_add and deploy.restart_policy reach the create options', async () => {
    const dir = join(root, 'applied')
    mkdirSync(dir)
    writeFileSync(join(dir, 'compose.yaml'), service('cpu_quota: 50000\ncpu_period: 100000\ncpuset: "0-1"\noom_score_adj: 300\ngroup_add: [audio, "27"]\nrestart: always\ndeploy: { restart_policy: { condition: on-failure, max_attempts: 4 } }'))
    const project = await loadProject({ cwd: dir, processEnv: {}, onWarning: () => {} })
    const id = { project: 't', service: 'a', number: 1, name: 't-a-1', image: 'busybox', configHash: 'h', oneoff: false, workingDir: dir, configFiles: [] }
    const opts = serviceToCreateOptions(id, project.model.services.a!, { network: { mode: 'none' }, volumeNames: {}, fileSources: {} })
    expect(opts.resources).toMatchObject({ cpuQuota: 50000, cpuPeriod: 100000, cpusetCpus: '0-1', oomScoreAdj: 300 })
    expect(opts.groupAdd).toEqual(['audio', '27'])
    // docker compose's getRestartPolicy: deploy.restart_policy wins over restart
    expect(opts.restart).toEqual({ name: 'on-failure', maximumRetryCount: 4 })
    const any = serviceToCreateOptions(id, { image: 'busybox', deploy: { restart_policy: { condition: 'any' } } }, { network: { mode: 'none' }, volumeNames: {}, fileSources: {} })
    expect(any.restart).toEqual({ name: 'always', maximumRetryCount: 0 })
    expect(unsupportedFields(project.model, { hostArch: 'x64' })).toEqual([])
  })
})
