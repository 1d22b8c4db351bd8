// Shared helpers for benchmarks: timing child commands, medians, peer detection, a busybox
// rootfs tar. Timed commands run without NODE_EXTRA_CA_CERTS (it adds ~90 ms to every Node
// start on this machine and is not part of what we measure).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, copyFileSync, symlinkSync, writeFileSync, chmodSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
export const cli = join(repoRoot, 'packages/cli/bin/tsc-compose.js')
export const timedEnv = (() => {
  const env = { ...process.env }
  delete env.NODE_EXTRA_CA_CERTS
  return env
})()

export function note() {
  console.log('note: NODE_EXTRA_CA_CERTS is unset for every timed command (it adds ~90 ms to each Node start here)')
  try {
    console.log(`load average: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')} (2 cores)`)
  } catch {}
}

/** Runs argv, returns wall milliseconds; throws with its output when it fails. */
export function time(argv, opts = {}) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env: timedEnv, encoding: 'utf8', ...opts })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`)
  return ms
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0
}

/** docker is usable only when its engine answers, not merely when the client is installed. */
export function dockerUsable() {
  return has('docker') && spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 }).status === 0
}

export function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`
}

export function ratio(ours, peer) {
  return `${(ours / peer).toFixed(3)}x (${(peer / ours).toFixed(1)}x faster)`
}

/** A busybox rootfs tar from Debian's busybox-static (the same image every peer imports). */
export function busyboxTar() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-bb-'))
  for (const d of ['bin', 'etc', 'tmp', 'www']) mkdirSync(join(dir, d), { recursive: true })
  chmodSync(join(dir, 'tmp'), 0o1777)
  copyFileSync('/bin/busybox', join(dir, 'bin/busybox'))
  for (const a of execFileSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
    if (a !== 'busybox') symlinkSync('busybox', join(dir, 'bin', a))
  }
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n')
  writeFileSync(join(dir, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n')
  const tarDir = mkdtempSync(join(tmpdir(), 'bench-bbtar-'))
  const tar = join(tarDir, 'bb.tar')
  execFileSync('tar', ['-C', dir, '-cf', tar, '.'])
  rmSync(dir, { recursive: true, force: true })
  // The archive lives as long as the benchmark: every peer imports it.
  process.once('exit', () => rmSync(tarDir, { recursive: true, force: true }))
  return tar
}
