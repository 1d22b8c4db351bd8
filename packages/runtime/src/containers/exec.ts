import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { supervisorPath } from '../native/load.js'
import type { ContainerRecord } from './config.js'
import { mergeEnv } from './image-config.js'
import { readFromLowers, resolveUser } from './user.js'

export interface ExecOptions {
  readonly cmd: readonly string[]
  readonly tty?: boolean
  readonly interactive?: boolean
  readonly detach?: boolean
  readonly env?: readonly string[]
  readonly user?: string
  readonly workdir?: string
  readonly privileged?: boolean
}

/** argv for `tsc-supervisor exec`: the container's env + -e, user resolved in the container's files. */
export function execArgs(rec: ContainerRecord, dir: string, pid: number, o: ExecOptions): string[] {
  const args = ['exec', '--spec', join(dir, 'spec'), '--pid', String(pid)]
  if (o.tty) args.push('--tty')
  if (o.interactive) args.push('--interactive')
  if (o.user !== undefined && o.user !== '') {
    const layers = [join(dir, 'upper'), ...rec.LowerDirs]
    const u = resolveUser(o.user, readFromLowers(layers, 'etc/passwd'), readFromLowers(layers, 'etc/group'))
    args.push('--user', [u.uid, u.gid, ...(u.groups.length ? [u.groups.join(',')] : [])].join(':'))
  }
  if (o.workdir) args.push('--cwd', o.workdir)
  for (const kv of mergeEnv(rec.Config.Env, o.env ?? [], [])) args.push('--env', kv)
  args.push('--', ...o.cmd)
  return args
}

/**
 * Runs the exec helper with the CLI's stdio (the helper relays a pty with --tty). Resolves
 * with the process exit code (126/127 like docker exec when the command can't run).
 */
export function runExec(args: readonly string[], detach: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(supervisorPath(), args, {
      stdio: detach ? 'ignore' : 'inherit',
      detached: detach,
    })
    child.once('error', reject)
    if (detach) {
      child.unref()
      resolve(0)
      return
    }
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)))
  })
}

function signalNumber(name: NodeJS.Signals): number {
  const map: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGTERM: 15 }
  return map[name] ?? 0
}
