#!/usr/bin/env node
// Benchmark: `tsc-compose watch` sync latency: from a file written on the host to the same
// content being visible in the running container (read through its /proc/<pid>/root, polled
// every millisecond), median of RUNS writes. The figure includes docker compose's 500 ms
// quiet period (changes are batched until nothing moved for 500 ms), so what the watcher and
// the copy themselves add is the figure minus 500 ms.
// No peer: docker-compose 1.29 (the peer installed here) has no `watch` command, and no
// docker engine with compose v2 runs on this machine.
// NODE_EXTRA_CA_CERTS is unset for the watch process (see lib.mjs). As root, after building:
//   npx tsc -b packages/runtime packages/compose packages/cli && node scripts/bundle.mjs
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { busyboxTar, cli, fmt, median, note, repoRoot, time, timedEnv } from './lib.mjs'

const RUNS = Number(process.env.RUNS ?? 15)
const work = mkdtempSync(join(tmpdir(), 'tsc-bench-watch-'))
const root = join(work, 'root')
const proj = join(work, 'proj')
const cgroupParent = `tsc-bench-watch-${randomBytes(3).toString('hex')}`
const env = { ...timedEnv, TSC_COMPOSE_CGROUP_PARENT: cgroupParent }
delete env.TSC_COMPOSE_ROOT

mkdirSync(join(proj, 'src'), { recursive: true })
writeFileSync(join(proj, 'compose.yaml'), `name: benchwatch
services:
  app:
    image: bench-bb:1
    network_mode: none
    command: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
    develop:
      watch:
        - path: ./src
          action: sync
          target: /app
`)
const tsc = (args) => time([process.execPath, cli, '--root', root, ...args], { env, cwd: proj })
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

let watcher
try {
  note()
  tsc(['image', 'import', busyboxTar(), 'bench-bb:1'])
  watcher = spawn(process.execPath, [cli, '--root', root, 'watch'], { env, cwd: proj, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  watcher.stdout.on('data', (d) => (out += d))
  watcher.stderr.on('data', (d) => (out += d))
  for (let i = 0; i < 600 && !out.includes('Watch enabled'); i++) await sleep(100)
  if (!out.includes('Watch enabled')) throw new Error(`watch did not start:\n${out}`)
  const ps = spawnSync(process.execPath, [cli, '--root', root, 'ps', '-q'], { env, cwd: proj, encoding: 'utf8' }).stdout.trim()
  const inspect = JSON.parse(spawnSync(process.execPath, [cli, '--root', root, 'container', 'inspect', ps], { env, encoding: 'utf8' }).stdout)
  const inContainer = `/proc/${inspect[0].State.Pid}/root/app/file.txt`

  const lat = []
  for (let i = 0; i < RUNS; i++) {
    const content = `run ${i} ${randomBytes(8).toString('hex')}\n`
    const t0 = performance.now()
    writeFileSync(join(proj, 'src/file.txt'), content)
    let seen = false
    while (!seen && performance.now() - t0 < 10_000) {
      try {
        seen = readFileSync(inContainer, 'utf8') === content
      } catch {}
      if (!seen) await sleep(1)
    }
    if (!seen) throw new Error(`run ${i}: the change did not reach the container within 10 s\n${out}`)
    lat.push(performance.now() - t0)
    await sleep(200)
  }
  const m = median(lat)
  console.log(`tsc-compose watch, host write -> visible in the container (median of ${RUNS}): ${fmt(m)}`)
  console.log(`  of which docker compose's quiet period: 500 ms; watcher + copy: ${fmt(m - 500)}; min ${fmt(Math.min(...lat))}, max ${fmt(Math.max(...lat))}`)
  console.log('peer: docker-compose 1.29 (installed here) has no watch command; no peer measured')
} finally {
  if (watcher && watcher.exitCode === null) {
    watcher.kill('SIGINT')
    await new Promise((r) => watcher.once('close', r))
  }
  spawnSync(process.execPath, [cli, '--root', root, 'down', '-t', '0'], { env, cwd: proj, stdio: 'ignore' })
  const { createCgroupManager } = await import(join(repoRoot, 'packages/runtime/dist/cgroups/manager.js'))
  await createCgroupManager({ parent: cgroupParent }).remove(cgroupParent).catch(() => undefined)
  rmSync(work, { recursive: true, force: true })
}
