/**
 * The userland proxy of a container's published ports (native/proxy/tsc-proxy.c), used
 * where nftables cannot DNAT: one detached process per container that outlives the CLI
 * like the supervisor does, started when the container's endpoints are attached and killed
 * when they are detached. Its pid is kept in `<root>/networks/proxy/<container id>.pid`
 * and checked against its command line (pids are reused); reclaim finds strays by that
 * command line, which names the root and the container.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { RuntimeError } from '../errors.js'
import { runtimeFile } from '../native/load.js'
import { portUnavailable } from './ports.js'
import type { Protocol } from './types.js'

export const PROXY_MARKER = 'tsc-compose-proxy'
const START_TIMEOUT_MS = 5000
const EXIT_TIMEOUT_MS = 2000

/** One published port: host side and the container's address. */
export interface ProxyMapping {
  readonly protocol: Protocol
  readonly hostIp: string
  readonly hostPort: number
  readonly ip: string
  readonly containerPort: number
}

export function proxyBinary(): string {
  const tried = ['build/Release/tsc-proxy', 'build/Debug/tsc-proxy'].map((p) => runtimeFile(p))
  const found = tried.find((p) => existsSync(p))
  if (!found) throw new RuntimeError('NATIVE_NOT_BUILT', `the tsc-proxy executable is not built (tried ${tried.join(', ')})`, { hint: 'run "pnpm install" (it builds the native code with node-gyp)' })
  return found
}

const proxyDir = (root: string): string => join(root, 'networks', 'proxy')
const pidFile = (root: string, cid: string): string => join(proxyDir(root), `${cid}.pid`)

/** A proxy process as its command line shows it. */
export interface ProxyProcess {
  readonly pid: number
  readonly root: string
  readonly containerId: string
}

function readProxy(pid: number): ProxyProcess | undefined {
  let argv: string[]
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
  } catch {
    return undefined
  }
  if (argv[1] !== PROXY_MARKER || argv[2] !== '--root' || argv[4] !== '--container') return undefined
  return { pid, root: argv[3]!, containerId: argv[5]! }
}

/** Every live proxy on the host (all roots). */
export function listProxies(): ProxyProcess[] {
  const out: ProxyProcess[] = []
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue
    const proc = readProxy(Number(p))
    if (proc) out.push(proc)
  }
  return out
}

/** Dead, or a zombie (a zombie has closed its sockets already). */
function gone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z'
  } catch {
    return true
  }
}

/** SIGKILL, then wait (bounded) until its sockets are closed, so the ports can be bound again at once. */
export async function killProxy(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    return
  }
  const deadline = Date.now() + EXIT_TIMEOUT_MS
  while (!gone(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1))
}

/**
 * Starts the proxy of a container and waits until every socket is bound. A port that cannot
 * be bound fails with NETWORK_PORT_IN_USE naming it, and the proxy has exited: nothing
 * listens.
 */
export async function startProxy(root: string, containerId: string, mappings: readonly ProxyMapping[]): Promise<void> {
  const args = [PROXY_MARKER, '--root', resolve(root), '--container', containerId,
    ...mappings.map((m) => `${m.protocol}:${m.hostIp || '0.0.0.0'}:${m.hostPort}:${m.ip}:${m.containerPort}`)]
  mkdirSync(proxyDir(root), { recursive: true, mode: 0o700 })
  const child = spawn(proxyBinary(), args, { detached: true, stdio: ['ignore', 'pipe', 'ignore'], cwd: '/', env: {} })
  if (child.pid !== undefined) writeFileSync(pidFile(root, containerId), `${child.pid}\n`)
  const line = await new Promise<string>((resolveLine) => {
    let out = ''
    const timer = setTimeout(() => finish('timeout'), START_TIMEOUT_MS)
    const finish = (s: string): void => {
      clearTimeout(timer)
      child.stdout!.destroy()
      child.unref()
      resolveLine(s)
    }
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const nl = out.indexOf('\n')
      if (nl !== -1) finish(out.slice(0, nl))
    })
    // 'close', not 'exit': the error line may still be in the pipe when the process is gone.
    child.on('close', () => finish(out.trim() || 'exited'))
    child.on('error', (err) => finish(`spawn ${err.message}`))
  })
  if (line === 'ready') return
  if (child.pid !== undefined) await killProxy(child.pid)
  rmSync(pidFile(root, containerId), { force: true })
  // "error tcp 0.0.0.0:8080 EADDRINUSE Address already in use"
  const m = /^error (tcp|udp) (\S+):(\d+) (E[A-Z0-9]+) (.*)$/.exec(line)
  if (m) throw portUnavailable(`${m[2]}:${m[3]}/${m[1]}`, m[4]!, m[5]!)
  throw new RuntimeError('NETWORK_PROXY_START', `the userland proxy of container ${containerId.slice(0, 12)} did not start: ${line}`)
}

/** pid of a container's live proxy, from its pid file, checked by command line. */
export function runningProxyPid(root: string, containerId: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(pidFile(root, containerId), 'utf8').trim())
  } catch {
    return undefined
  }
  const p = Number.isInteger(pid) && pid > 0 ? readProxy(pid) : undefined
  return p && p.root === resolve(root) && p.containerId === containerId ? pid : undefined
}

/** Stops a container's proxy (if any); cheap when it has none (one failed file read). */
/** Whether a proxy pid file exists for the container (stopProxy has something to do). */
export function hasProxy(root: string, containerId: string): boolean {
  return existsSync(pidFile(root, containerId))
}

export async function stopProxy(root: string, containerId: string): Promise<void> {
  const file = pidFile(root, containerId)
  if (!existsSync(file)) return
  const pid = runningProxyPid(root, containerId)
  if (pid !== undefined) await killProxy(pid)
  rmSync(file, { force: true })
}

/**
 * Kills this root's proxies that no running container owns (`keep`: container ids whose
 * ports are published now) and drops stale pid files. Returns the container ids reclaimed.
 */
export async function reclaimProxies(root: string, keep: ReadonlySet<string>): Promise<string[]> {
  const abs = resolve(root)
  const reclaimed: string[] = []
  for (const p of listProxies()) {
    if (p.root !== abs || keep.has(p.containerId)) continue
    await killProxy(p.pid)
    reclaimed.push(p.containerId)
  }
  let files: string[] = []
  try {
    files = readdirSync(proxyDir(root))
  } catch {
    // none
  }
  for (const f of files) {
    const cid = f.replace(/\.pid$/, '')
    if (!keep.has(cid) || runningProxyPid(root, cid) === undefined) rmSync(join(proxyDir(root), f), { force: true })
  }
  return reclaimed
}
