import { join } from 'node:path'

/** Default state root, like docker's /var/lib/docker. */
export const DEFAULT_ROOT = '/var/lib/tsc-compose'

/** Environment variable that overrides the default root (tests point it at a tmpdir). */
export const ROOT_ENV = 'TSC_COMPOSE_ROOT'

/**
 * The on-disk layout of a state root. Every path the runtime touches is derived here so the
 * layout is one decision:
 *   containers/<id>/            config.json, spec, state.json (supervisor), control.sock,
 *                               <id>-json.log, upper/, work/, rootfs/, hosts, hostname, resolv.conf
 *   names/<name>                the id of the container holding the name (O_EXCL claim)
 *   volumes/<name>/_data        named volume data (+ volume.json)
 *   locks/<name>.lock           flock files (the kernel drops a dead holder's lock)
 *   seccomp/                    compiled BPF programs, by hash
 *   events.log(.1)              JSON lines, rotated at 1 MiB (events/event-append.ts)
 */
export class StatePaths {
  constructor(readonly root: string) {}

  get containers(): string {
    return join(this.root, 'containers')
  }
  container(id: string): string {
    return join(this.root, 'containers', id)
  }
  get names(): string {
    return join(this.root, 'names')
  }
  name(name: string): string {
    return join(this.root, 'names', name)
  }
  get volumes(): string {
    return join(this.root, 'volumes')
  }
  volume(name: string): string {
    return join(this.root, 'volumes', name)
  }
  get locks(): string {
    return join(this.root, 'locks')
  }
  lock(name: string): string {
    return join(this.root, 'locks', `${name}.lock`)
  }
  get events(): string {
    return join(this.root, 'events.log')
  }
}

/** `--root` wins, then TSC_COMPOSE_ROOT, then the default. */
export function resolveRoot(root: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return root ?? env[ROOT_ENV] ?? DEFAULT_ROOT
}
