import {
  blkioLimit, blkioWeight, bool, boolOrStr, fileReference, int, intOrStr, labels, listOfStrings, listOrDict,
  mapping, numOrStr, options, str, stringOrList, strOrNum, ulimits, uniqueStrings, X_EXTENSIONS,
  type Schema,
} from './definitions.js'

const command: Schema = { oneOf: [{ type: 'null' }, str, listOfStrings] }

const healthcheck: Schema = mapping({
  disable: boolOrStr,
  interval: str,
  retries: numOrStr,
  test: { oneOf: [str, listOfStrings] },
  timeout: str,
  start_period: str,
  start_interval: str,
})

const deviceRequest: Schema = mapping({
  capabilities: listOfStrings,
  count: { oneOf: [str, int] },
  device_ids: listOfStrings,
  driver: str,
  options: listOrDict,
})

const deploy: Schema = {
  type: ['object', 'null'],
  properties: {
    mode: str,
    endpoint_mode: str,
    replicas: intOrStr,
    labels,
    rollback_config: mapping({
      parallelism: intOrStr, delay: str, failure_action: str, monitor: str, max_failure_ratio: numOrStr, order: { enum: ['start-first', 'stop-first'] },
    }),
    update_config: mapping({
      parallelism: intOrStr, delay: str, failure_action: str, monitor: str, max_failure_ratio: numOrStr, order: { enum: ['start-first', 'stop-first'] },
    }),
    resources: mapping({
      limits: mapping({ cpus: numOrStr, memory: strOrNum, pids: intOrStr }),
      reservations: mapping({
        cpus: numOrStr,
        memory: strOrNum,
        generic_resources: {
          type: 'array',
          items: mapping({ discrete_resource_spec: mapping({ kind: str, value: numOrStr }) }),
        },
        devices: { type: 'array', items: deviceRequest },
      }),
    }),
    restart_policy: mapping({ condition: str, delay: str, max_attempts: intOrStr, window: str }),
    placement: mapping({
      constraints: listOfStrings,
      preferences: { type: 'array', items: mapping({ spread: str }) },
      max_replicas_per_node: intOrStr,
    }),
  },
  patternProperties: X_EXTENSIONS,
  additionalProperties: false,
}

const build: Schema = {
  oneOf: [
    str,
    mapping({
      context: str,
      dockerfile: str,
      dockerfile_inline: str,
      entitlements: listOfStrings,
      args: listOrDict,
      ssh: listOrDict,
      labels,
      cache_from: listOfStrings,
      cache_to: listOfStrings,
      no_cache: boolOrStr,
      additional_contexts: listOrDict,
      network: str,
      provenance: { type: ['string', 'boolean'] },
      sbom: { type: ['string', 'boolean'] },
      pull: boolOrStr,
      target: str,
      shm_size: strOrNum,
      extra_hosts: listOrDict,
      isolation: str,
      privileged: boolOrStr,
      secrets: fileReference,
      tags: listOfStrings,
      ulimits,
      platforms: listOfStrings,
    }),
  ],
}

const serviceVolume: Schema = {
  oneOf: [
    str,
    mapping({
      type: { enum: ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'] },
      source: str,
      target: str,
      read_only: boolOrStr,
      consistency: str,
      bind: mapping({
        propagation: str,
        create_host_path: boolOrStr,
        recursive: { enum: ['enabled', 'disabled', 'writable', 'readonly'] },
        selinux: { enum: ['z', 'Z'] },
      }),
      volume: mapping({ nocopy: boolOrStr, subpath: str }),
      tmpfs: mapping({ size: { oneOf: [{ type: 'integer', minimum: 0 }, str] }, mode: numOrStr }),
      image: mapping({ subpath: str }),
    }, { required: ['type'] }),
  ],
}

const servicePort: Schema = {
  oneOf: [
    { type: 'number' },
    str,
    mapping({
      name: str,
      mode: str,
      host_ip: str,
      target: intOrStr,
      published: strOrNum,
      protocol: str,
      app_protocol: str,
    }),
  ],
}

const serviceNetworks: Schema = {
  oneOf: [
    uniqueStrings,
    {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9._-]+$': {
          oneOf: [
            mapping({
              aliases: listOfStrings,
              interface_name: str,
              ipv4_address: str,
              ipv6_address: str,
              link_local_ips: listOfStrings,
              mac_address: str,
              driver_opts: options,
              priority: { type: 'number' },
              gw_priority: { type: 'number' },
            }),
            { type: 'null' },
          ],
        },
      },
      additionalProperties: false,
    },
  ],
}

const dependsOn: Schema = {
  oneOf: [
    uniqueStrings,
    {
      type: 'object',
      patternProperties: {
        '^[a-zA-Z0-9._-]+$': mapping({
          restart: boolOrStr,
          required: bool,
          condition: { enum: ['service_started', 'service_healthy', 'service_completed_successfully'] },
        }, { required: ['condition'] }),
      },
      additionalProperties: false,
    },
  ],
}

const envFile: Schema = {
  oneOf: [
    str,
    {
      type: 'array',
      items: { oneOf: [str, mapping({ path: str, format: str, required: { type: ['boolean', 'string'] } }, { required: ['path'] })] },
    },
  ],
}

const hook: Schema = mapping({
  command: command,
  user: str,
  privileged: boolOrStr,
  working_dir: str,
  environment: listOrDict,
}, { required: ['command'] })

const watch: Schema = mapping({
  watch: {
    type: 'array',
    items: mapping({
      path: str,
      action: { enum: ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'] },
      ignore: stringOrList,
      include: stringOrList,
      target: str,
      initial_sync: bool,
      exec: hook,
    }, { required: ['path', 'action'] }),
  },
})

/** Every key a service may have (Compose Specification, services top-level element). */
export const serviceProperties: Record<string, Schema> = {
  develop: watch,
  deploy,
  annotations: listOrDict,
  attach: boolOrStr,
  build,
  blkio_config: mapping({
    device_read_bps: { type: 'array', items: blkioLimit },
    device_read_iops: { type: 'array', items: blkioLimit },
    device_write_bps: { type: 'array', items: blkioLimit },
    device_write_iops: { type: 'array', items: blkioLimit },
    weight: intOrStr,
    weight_device: { type: 'array', items: blkioWeight },
  }, { extensions: false }),
  cap_add: uniqueStrings,
  cap_drop: uniqueStrings,
  cgroup: { enum: ['host', 'private'] },
  cgroup_parent: str,
  command,
  configs: fileReference,
  container_name: str,
  cpu_count: { oneOf: [str, { type: 'integer', minimum: 0 }] },
  cpu_percent: { oneOf: [str, { type: 'integer', minimum: 0, maximum: 100 }] },
  cpu_shares: numOrStr,
  cpu_quota: numOrStr,
  cpu_period: numOrStr,
  cpu_rt_period: numOrStr,
  cpu_rt_runtime: numOrStr,
  cpus: numOrStr,
  cpuset: str,
  credential_spec: mapping({ config: str, file: str, registry: str }),
  depends_on: dependsOn,
  device_cgroup_rules: listOfStrings,
  devices: { type: 'array', items: { oneOf: [str, mapping({ source: str, target: str, permissions: str }, { required: ['source'] })] } },
  dns: stringOrList,
  dns_opt: uniqueStrings,
  dns_search: stringOrList,
  domainname: str,
  entrypoint: command,
  env_file: envFile,
  label_file: stringOrList,
  environment: listOrDict,
  expose: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
  extends: { oneOf: [str, mapping({ service: str, file: str }, { required: ['service'] })] },
  external_links: uniqueStrings,
  extra_hosts: listOrDict,
  gpus: { oneOf: [{ enum: ['all'] }, { type: 'array', items: deviceRequest }] },
  group_add: { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
  healthcheck,
  hostname: str,
  image: str,
  init: boolOrStr,
  ipc: str,
  isolation: str,
  labels,
  links: uniqueStrings,
  logging: mapping({
    driver: str,
    options: { type: 'object', patternProperties: { '^.+$': { type: ['string', 'number', 'null'] } } },
  }),
  mac_address: str,
  mem_limit: strOrNum,
  mem_reservation: strOrNum,
  mem_swappiness: intOrStr,
  memswap_limit: strOrNum,
  network_mode: str,
  networks: serviceNetworks,
  models: { oneOf: [uniqueStrings, { type: 'object', patternProperties: { '^[a-zA-Z0-9._-]+$': { oneOf: [mapping({ endpoint_var: str, model_var: str }), { type: 'null' }] } }, additionalProperties: false }] },
  oom_kill_disable: boolOrStr,
  oom_score_adj: { oneOf: [str, { type: 'integer', minimum: -1000, maximum: 1000 }] },
  pid: { type: ['string', 'null'] },
  pids_limit: numOrStr,
  platform: str,
  ports: { type: 'array', items: servicePort },
  post_start: { type: 'array', items: hook },
  pre_stop: { type: 'array', items: hook },
  privileged: boolOrStr,
  profiles: uniqueStrings,
  pull_policy: { oneOf: [{ enum: ['always', 'never', 'if_not_present', 'build', 'missing', 'refresh'] }, { type: 'string', pattern: '^every_' }] },
  pull_refresh_after: str,
  read_only: boolOrStr,
  restart: str,
  runtime: str,
  scale: intOrStr,
  security_opt: uniqueStrings,
  shm_size: strOrNum,
  secrets: fileReference,
  sysctls: listOrDict,
  stdin_open: boolOrStr,
  stop_grace_period: str,
  stop_signal: str,
  storage_opt: { type: 'object' },
  tmpfs: stringOrList,
  tty: boolOrStr,
  ulimits,
  use_api_socket: bool,
  user: str,
  uts: str,
  userns_mode: str,
  volumes: { type: 'array', items: serviceVolume },
  volumes_from: uniqueStrings,
  working_dir: str,
}

export const service: Schema = {
  type: 'object',
  properties: serviceProperties,
  patternProperties: X_EXTENSIONS,
  additionalProperties: false,
}
