#!/usr/bin/env node
// Benchmark: `image import` of a busybox rootfs tar (Debian's busybox-static + applet links),
// medians of RUNS runs: through the CLI into a fresh state root (cold: hash, store, unpack
// the snapshot) and into a root that already holds the layer (warm: the snapshot is shared),
// in process through the ImageStore API, and `docker import` / `podman import` of the same
// tar where they are installed and working, with ratios.
// Run after building: npx tsc -b packages/runtime packages/compose packages/cli
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(repo, 'packages/cli/bin/tsc-compose.js')
const RUNS = Number(process.env.RUNS ?? 10)
// Timed child processes run without NODE_EXTRA_CA_CERTS: loading the extra CA certificates
// costs ~90 ms per Node start and has nothing to do with importing an image.
const childEnv = { ...process.env }
delete childEnv.NODE_EXTRA_CA_CERTS
delete childEnv.TSC_COMPOSE_ROOT

const work = mkdtempSync(join(tmpdir(), 'tsc-bench-import-'))

function busyboxTar() {
  const dir = join(work, 'rootfs')
  for (const d of ['bin', 'etc', 'tmp', 'root', 'www', 'var', 'home']) mkdirSync(join(dir, d), { recursive: true })
  chmodSync(join(dir, 'tmp'), 0o1777)
  copyFileSync('/bin/busybox', join(dir, 'bin/busybox'))
  for (const a of execFileSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).split('\n')) {
    if (a && a !== 'busybox') symlinkSync('busybox', join(dir, 'bin', a))
  }
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n')
  writeFileSync(join(dir, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n')
  const out = join(work, 'busybox.tar')
  execFileSync('tar', ['-C', dir, '-cf', out, '.'])
  rmSync(dir, { recursive: true, force: true })
  return out
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

function timed(cmd, args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { env: childEnv, encoding: 'utf8', timeout: 120_000 })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`)
  return ms
}

function works(cmd, args) {
  const r = spawnSync(cmd, args, { env: childEnv, stdio: 'ignore', timeout: 10_000 })
  return r.status === 0
}

const tar = busyboxTar()
const results = []

// CLI, cold: a fresh state root per run.
{
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const root = join(work, `cold-${i}`)
    times.push(timed(process.execPath, [BIN, '--root', root, 'image', 'import', tar, `bench:${i}`]))
    rmSync(root, { recursive: true, force: true })
  }
  results.push(['tsc-compose image import (CLI, fresh root)', median(times)])
}
// CLI, warm: the layer is already unpacked, only the config and tag are new.
{
  const root = join(work, 'warm')
  timed(process.execPath, [BIN, '--root', root, 'image', 'import', tar, 'bench:0'])
  const times = []
  for (let i = 1; i <= RUNS; i++) times.push(timed(process.execPath, [BIN, '--root', root, 'image', 'import', tar, `bench:${i}`]))
  rmSync(root, { recursive: true, force: true })
  results.push(['tsc-compose image import (CLI, layer already stored)', median(times)])
}
// In process, through the API: no Node start-up.
{
  const { ImageStore } = await import(join(repo, 'packages/runtime/dist/index.js'))
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const root = join(work, `api-${i}`)
    const store = new ImageStore({ root })
    const t0 = process.hrtime.bigint()
    await store.importRootfs(tar, { ref: `bench:${i}` })
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    rmSync(root, { recursive: true, force: true })
  }
  results.push(['tsc-compose ImageStore.importRootfs (in process, fresh root)', median(times)])
}

const peers = []
for (const peer of ['docker', 'podman']) {
  if (!works(peer, ['version'])) {
    console.log(`${peer}: not installed or not working here, skipped`)
    continue
  }
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const ref = `tsc-bench-import:${process.pid}-${i}`
    times.push(timed(peer, ['import', tar, ref]))
    spawnSync(peer, ['rmi', '-f', ref], { env: childEnv, stdio: 'ignore' })
  }
  peers.push([`${peer} import`, median(times)])
}

rmSync(work, { recursive: true, force: true })
console.log(`image import of a busybox rootfs tar, median of ${RUNS} runs (NODE_EXTRA_CA_CERTS unset for timed commands):`)
for (const [what, ms] of [...results, ...peers]) console.log(`  ${what.padEnd(62)} ${ms.toFixed(1).padStart(8)} ms`)
const cli = results[0][1]
for (const [what, ms] of peers) console.log(`  ratio tsc-compose CLI (fresh root) / ${what}: ${(cli / ms).toFixed(2)}x`)
