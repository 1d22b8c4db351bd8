/**
 * Starts, reloads and waits for the per-root DNS responder process. Called under the
 * network lock, so two CLIs never start two responders for one root.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RuntimeError } from '../../errors.js'
import { runtimeFile } from '../../native/load.js'
import { spawnDetached } from '../../native/spawn.js'

const MARKER = 'tsc-compose-dns'

/** The responder executable, built by node-gyp next to the addon (native/dns/tsc-dns.c). */
export function dnsBinary(): string {
  const tried = ['build/Release/tsc-dns', 'build/Debug/tsc-dns'].map((p) => runtimeFile(p))
  const found = tried.find((p) => existsSync(p))
  if (!found) throw new RuntimeError('NATIVE_NOT_BUILT', `the tsc-dns executable is not built (tried ${tried.join(', ')})`, { hint: 'run "pnpm install" (it builds the native code with node-gyp)' })
  return found
}

function pidFile(root: string): string {
  return join(root, 'networks', 'dns.pid')
}

/** pid of the live responder of this root, checked by its command line (pids are reused). */
export function runningDnsPid(root: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(pidFile(root), 'utf8').trim())
  } catch {
    return undefined
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    if (cmd.includes(MARKER) && cmd.includes(root)) return pid
  } catch {
    // gone
  }
  return undefined
}

/**
 * Makes the responder see `records` (renderDnsRecords): the file is replaced by rename, then
 * the running responder gets SIGHUP, or one is started.
 */
export async function syncDns(root: string, records: string, opts: { listen: boolean }): Promise<void> {
  // unlink + rename, not rename-over (see NetworkStore.write: ext4 flushes on replace); the
  // responder keeps its current records if it reloads in the gap.
  const file = join(root, 'networks', 'dns.records')
  writeFileSync(`${file}.tmp`, records)
  rmSync(file, { force: true })
  renameSync(`${file}.tmp`, file)
  const pid = runningDnsPid(root)
  if (pid !== undefined) {
    try {
      process.kill(pid, 'SIGHUP')
      // With nothing left to listen on it exits: wait, so no process outlives the last network.
      if (!opts.listen) await waitDnsExit(root)
      return
    } catch {
      // exited between the check and the signal: start a new one
    }
  }
  if (!opts.listen) return
  // posix_spawn from the addon (no fork of this process); it reports "ready" on its fd 3.
  const child = await spawnDetached(dnsBinary(), [MARKER, '--root', root], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } })
  writeFileSync(pidFile(root), `${child.pid}\n`)
  // Wait for "ready" (sockets bound) so the first container's first lookup is answered.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => finish(new RuntimeError('NETWORK_DNS_START', 'the DNS responder did not start within 5s')), 5000)
    let settled = false
    const finish = (err?: Error): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.report.destroy()
      if (err) reject(err)
      else resolve()
    }
    child.report.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) finish()
    })
    child.report.on('error', () => undefined)
    // closed without "ready": it exited (nothing to serve); the next sync starts it again
    child.report.on('close', () => finish())
  })
}

/** Waits (bounded) for the responder to exit after its last network went away. */
export async function waitDnsExit(root: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (let pid = runningDnsPid(root); pid !== undefined && Date.now() < deadline; pid = runningDnsPid(root)) {
    // It exits within a millisecond or two of the SIGHUP; down waits for this.
    await new Promise((r) => setTimeout(r, 2))
  }
  const pid = runningDnsPid(root)
  if (pid !== undefined) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
}
