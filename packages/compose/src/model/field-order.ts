/**
 * Field orders of compose-go's Go structs (which docker compose prints and hashes in
 * declaration order), keyed by service key path.
 */
export const SERVICE_FIELDS = [
  'profiles', 'annotations', 'attach', 'build', 'develop', 'blkio_config', 'cap_add', 'cap_drop', 'cgroup_parent', 'cgroup',
  'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpus', 'cpuset', 'cpu_shares',
  'command', 'configs', 'container_name', 'credential_spec', 'depends_on', 'deploy', 'device_cgroup_rules', 'devices',
  'dns', 'dns_opt', 'dns_search', 'dockerfile', 'domainname', 'entrypoint', 'environment', 'env_file', 'expose', 'extends',
  'external_links', 'extra_hosts', 'gpus', 'group_add', 'hostname', 'healthcheck', 'image', 'init', 'ipc', 'isolation', 'labels',
  'label_file', 'links', 'logging', 'log_driver', 'log_opt', 'mem_limit', 'mem_reservation', 'memswap_limit', 'mem_swappiness',
  'mac_address', 'models', 'net', 'network_mode', 'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit',
  'platform', 'ports', 'privileged', 'pull_policy', 'read_only', 'restart', 'runtime', 'scale', 'secrets', 'security_opt',
  'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs', 'tty', 'ulimits',
  'use_api_socket', 'user', 'userns_mode', 'uts', 'volume_driver', 'volumes', 'volumes_from', 'working_dir',
  'post_start', 'pre_stop',
]

/** Struct field orders of nested types, keyed by the service key path that holds them. */
export const NESTED: Record<string, string[]> = {
  ports: ['name', 'mode', 'host_ip', 'target', 'published', 'protocol', 'app_protocol'],
  volumes: ['type', 'source', 'target', 'read_only', 'consistency', 'bind', 'volume', 'tmpfs', 'image'],
  'volumes.bind': ['propagation', 'create_host_path', 'recursive', 'selinux'],
  'volumes.volume': ['nocopy', 'subpath'],
  'volumes.tmpfs': ['size', 'mode'],
  'networks.*': ['priority', 'gw_priority', 'aliases', 'ipv4_address', 'ipv6_address', 'link_local_ips', 'mac_address', 'driver_opts', 'interface_name'],
  healthcheck: ['test', 'timeout', 'interval', 'retries', 'start_period', 'start_interval', 'disable'],
  deploy: ['mode', 'replicas', 'labels', 'update_config', 'rollback_config', 'resources', 'restart_policy', 'placement', 'endpoint_mode'],
  'deploy.resources': ['limits', 'reservations'],
  'deploy.resources.limits': ['cpus', 'memory', 'pids', 'generic_resources', 'devices'],
  'deploy.resources.reservations': ['cpus', 'memory', 'pids', 'generic_resources', 'devices'],
  'deploy.restart_policy': ['condition', 'delay', 'max_attempts', 'window'],
  logging: ['driver', 'options'],
  depends_on: ['condition', 'restart', 'required'],
  secrets: ['source', 'target', 'uid', 'gid', 'mode'],
  configs: ['source', 'target', 'uid', 'gid', 'mode'],
  devices: ['source', 'target', 'permissions'],
}

