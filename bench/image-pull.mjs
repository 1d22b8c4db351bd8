#!/usr/bin/env node
// Benchmark: pulling the busybox image (Debian's busybox-static + applet links) from a local
// registry (Debian's docker-registry on 127.0.0.1 and a free port, storage in a tmpdir),
// medians of RUNS runs: `tsc-compose image pull` into a fresh state root (cold: manifest,
// config and layer downloaded, verified, unpacked), again into a root that has it (warm:
// manifest only, "Image is up to date"), in process through pullImage (no Node start-up),
// and `docker pull` / `podman pull` of the same reference where they are installed and
// their engine answers, with ratios. Nothing leaves this machine.
// Run after building: npx tsc -b packages/runtime packages/compose packages/cli
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as http from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { busyboxTar, cli, dockerUsable, fmt, has, median, note, ratio, repoRoot, time, timedEnv } from './lib.mjs'

const RUNS = Number(process.env.RUNS ?? 10)
const REGISTRY = '/usr/bin/docker-registry'
if (!has(REGISTRY)) {
  console.error(`${REGISTRY} is missing: apt-get install -y docker-registry`)
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'tsc-bench-pull-'))
const port = await new Promise((resolve) => {
  const s = createServer()
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port
    s.close(() => resolve(p))
  })
})
const config = join(work, 'config.yml')
writeFileSync(config, `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'storage')}\nhttp:\n  addr: 127.0.0.1:${port}\n  secret: ${randomBytes(8).toString('hex')}\n`)
const registry = spawn(REGISTRY, ['serve', config], { stdio: 'ignore' })
const stop = () => {
  registry.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
try {
  for (let i = 0; ; i++) {
    const ok = await new Promise((r) => http.get({ host: '127.0.0.1', port, path: '/v2/' }, (res) => r(res.resume() && true)).on('error', () => r(false)))
    if (ok) break
    if (i > 100) throw new Error('the registry did not start')
    await new Promise((r) => setTimeout(r, 50))
  }
  const ref = `127.0.0.1:${port}/bench/busybox:v1`
  const tar = busyboxTar()
  const src = join(work, 'src')
  time([process.execPath, cli, '--root', src, 'image', 'import', tar, ref])
  time([process.execPath, cli, '--root', src, 'image', 'push', '-q', ref])
  rmSync(dirname(tar), { recursive: true, force: true })

  const results = []
  {
    const times = []
    for (let i = 0; i < RUNS; i++) {
      const root = join(work, `cold-${i}`)
      times.push(time([process.execPath, cli, '--root', root, 'image', 'pull', '-q', ref]))
      rmSync(root, { recursive: true, force: true })
    }
    results.push(['tsc-compose image pull (CLI, fresh root)', median(times)])
  }
  {
    const root = join(work, 'warm')
    time([process.execPath, cli, '--root', root, 'image', 'pull', '-q', ref])
    const times = []
    for (let i = 0; i < RUNS; i++) times.push(time([process.execPath, cli, '--root', root, 'image', 'pull', '-q', ref]))
    rmSync(root, { recursive: true, force: true })
    results.push(['tsc-compose image pull (CLI, already up to date)', median(times)])
  }
  {
    const { ImageStore, pullImage } = await import(join(repoRoot, 'packages/runtime/dist/index.js'))
    const times = []
    for (let i = 0; i < RUNS; i++) {
      const root = join(work, `api-${i}`)
      const t0 = process.hrtime.bigint()
      await pullImage(new ImageStore({ root }), ref, { env: timedEnv })
      times.push(Number(process.hrtime.bigint() - t0) / 1e6)
      rmSync(root, { recursive: true, force: true })
    }
    results.push(['pullImage (in process, fresh root)', median(times)])
  }

  const peers = []
  const podmanUsable = has('podman') && spawnSync('podman', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0
  for (const [peer, usable, extra] of [['docker', dockerUsable(), []], ['podman', podmanUsable, ['--tls-verify=false']]]) {
    if (!usable) {
      console.log(`${peer}: not installed or its engine does not answer here, skipped`)
      continue
    }
    const times = []
    for (let i = 0; i < RUNS; i++) {
      spawnSync(peer, ['rmi', '-f', ref], { env: timedEnv, stdio: 'ignore' })
      times.push(time([peer, 'pull', '-q', ...extra, ref]))
    }
    spawnSync(peer, ['rmi', '-f', ref], { env: timedEnv, stdio: 'ignore' })
    peers.push([`${peer} pull (image removed before each run)`, median(times)])
  }

  note()
  console.log(`image pull of busybox (${RUNS} runs, median) from a local registry at 127.0.0.1:${port}:`)
  for (const [what, ms] of [...results, ...peers]) console.log(`  ${what.padEnd(52)} ${fmt(ms).padStart(10)}`)
  for (const [what, ms] of peers) console.log(`  tsc-compose CLI (fresh root) vs ${what}: ${ratio(results[0][1], ms)}`)
} finally {
  stop()
}
