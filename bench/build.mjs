#!/usr/bin/env node
// Benchmark: `tsc-compose image build` of a small Dockerfile (two RUN steps, a COPY, ENV,
// WORKDIR, CMD) on a busybox base: cold (--no-cache: every RUN runs in a container and every
// layer is packed and unpacked) and cached (an unchanged rebuild: same image id), medians of
// RUNS runs through the CLI, plus the cached build in process (no Node start-up). Next to it,
// `docker build` of the same context where a docker engine answers, with ratios.
// NODE_EXTRA_CA_CERTS is unset for every timed command (see lib.mjs).
// Run after building: npx tsc -b packages/runtime packages/compose packages/cli && node scripts/bundle.mjs
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { busyboxTar, cli, dockerUsable, fmt, median, note, ratio, repoRoot, time, timedEnv } from './lib.mjs'

const RUNS = Number(process.env.RUNS ?? 7)
const work = mkdtempSync(join(tmpdir(), 'tsc-bench-build-'))
const root = join(work, 'root')
const ctx = join(work, 'ctx')
const cgroupParent = `tsc-bench-build-${randomBytes(3).toString('hex')}`
const env = { ...timedEnv, TSC_COMPOSE_CGROUP_PARENT: cgroupParent }
delete env.TSC_COMPOSE_ROOT

spawnSync('mkdir', ['-p', ctx])
writeFileSync(join(ctx, 'Dockerfile'), [
  'FROM BASE',
  'RUN echo "built at build time" > /built.txt && mkdir -p /app',
  'COPY index.html /app/',
  'ENV APP=bench',
  'WORKDIR /app',
  'RUN wc -c index.html > size.txt',
  'CMD ["cat", "/built.txt", "/app/size.txt"]',
  '',
].join('\n'))
writeFileSync(join(ctx, 'index.html'), '<h1>hello</h1>\n'.repeat(64))

const tsc = (args, opts = {}) => time([process.execPath, cli, '--root', root, ...args], { env, ...opts })
const results = []
try {
  note()
  const tar = busyboxTar()
  tsc(['image', 'import', tar, 'bench-base:1'])
  const df = join(ctx, 'Dockerfile')
  writeFileSync(df, (await import('node:fs')).readFileSync(df, 'utf8').replace('FROM BASE', 'FROM bench-base:1'))
  tsc(['image', 'build', '-q', '-t', 'bench:1', ctx]) // warm the page cache once

  const cold = []
  const cached = []
  for (let i = 0; i < RUNS; i++) cold.push(tsc(['image', 'build', '-q', '--no-cache', '-t', 'bench:1', ctx]))
  for (let i = 0; i < RUNS; i++) cached.push(tsc(['image', 'build', '-q', '-t', 'bench:1', ctx]))
  results.push(['tsc-compose image build --no-cache (cold)', median(cold)])
  results.push(['tsc-compose image build (cached)', median(cached)])

  // In process: what the cached build itself costs without a Node start.
  const rtmod = await import(join(repoRoot, 'packages/runtime/dist/index.js'))
  const rt = rtmod.openRuntime({ root, cgroupParent })
  const inproc = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    await rtmod.buildImage(rt, { contextDir: ctx, tags: ['bench:1'] })
    inproc.push(performance.now() - t0)
  }
  results.push(['buildImage() in process (cached)', median(inproc)])

  if (dockerUsable()) {
    const dctx = join(work, 'dctx')
    spawnSync('cp', ['-r', ctx, dctx])
    writeFileSync(join(dctx, 'Dockerfile'), (await import('node:fs')).readFileSync(df, 'utf8').replace('FROM bench-base:1', 'FROM tsc-bench-base:1'))
    time(['docker', 'import', tar, 'tsc-bench-base:1'])
    time(['docker', 'build', '-q', '-t', 'tsc-bench:1', dctx])
    const dcold = []
    const dcached = []
    for (let i = 0; i < RUNS; i++) dcold.push(time(['docker', 'build', '-q', '--no-cache', '-t', 'tsc-bench:1', dctx]))
    for (let i = 0; i < RUNS; i++) dcached.push(time(['docker', 'build', '-q', '-t', 'tsc-bench:1', dctx]))
    results.push(['docker build --no-cache (cold)', median(dcold)])
    results.push(['docker build (cached)', median(dcached)])
    spawnSync('docker', ['rmi', '-f', 'tsc-bench:1', 'tsc-bench-base:1'], { stdio: 'ignore' })
  } else {
    console.log('docker: no engine answers (`docker info` failed or docker is not installed): no docker figures')
  }

  console.log(`\nmedians of ${RUNS} runs (state root on ${tmpdir()}):`)
  for (const [what, ms] of results) console.log(`  ${what.padEnd(46)} ${fmt(ms)}`)
  const get = (k) => results.find(([w]) => w === k)?.[1]
  const dc = get('docker build --no-cache (cold)')
  if (dc) {
    console.log(`  cold:   ${ratio(get('tsc-compose image build --no-cache (cold)'), dc)} vs docker`)
    console.log(`  cached: ${ratio(get('tsc-compose image build (cached)'), get('docker build (cached)'))} vs docker`)
  }
} finally {
  spawnSync(process.execPath, [cli, '--root', root, 'container', 'prune', '-f'], { env, stdio: 'ignore' })
  const { createCgroupManager } = await import(join(repoRoot, 'packages/runtime/dist/cgroups/manager.js'))
  await createCgroupManager({ parent: cgroupParent }).remove(cgroupParent).catch(() => undefined)
  rmSync(work, { recursive: true, force: true })
}
