#!/usr/bin/env node
// Benchmark: load + validate + normalize a generated 500-service compose file with 3 override
// files, in process (median of several runs) and through the CLI (`tsc-compose config`);
// where `docker-compose` is on PATH, its `config` on the same files, and the ratio.
// Run after building: npx tsc -b packages/runtime packages/compose packages/cli
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SERVICES = 500
const RUNS = 15
// Timed child processes run without NODE_EXTRA_CA_CERTS: loading extra CA certificates at
// startup costs tens of milliseconds that have nothing to do with compose loading.
const childEnv = { ...process.env }
delete childEnv.NODE_EXTRA_CA_CERTS

function baseFile() {
  const lines = ['x-common: &common', '  restart: unless-stopped', '  labels:', '    - com.example.tier=bench', 'services:']
  for (let i = 0; i < SERVICES; i++) {
    lines.push(
      `  svc${i}:`,
      '    <<: *common',
      `    image: "registry.local/app${i % 20}:\${TAG:-latest}"`,
      `    command: ["sh", "-c", "echo svc${i} && sleep infinity"]`,
      '    environment:',
      `      - INDEX=${i}`,
      '      - MODE=${MODE:-prod}',
      '    ports:',
      `      - "${10000 + i}:80"`,
      '    volumes:',
      `      - ./data/svc${i}:/data`,
      '      - shared:/shared:ro',
      '    healthcheck:',
      '      test: curl -f http://localhost/',
      '      interval: 30s',
      '    mem_limit: 256m',
      '    ulimits:',
      '      nofile: 4096',
      '    networks: [front, back]',
    )
    if (i > 0) lines.push('    depends_on:', `      - svc${i - 1}`)
  }
  lines.push('networks:', '  front:', '  back:', 'volumes:', '  shared:')
  return lines.join('\n') + '\n'
}

function overrideFile(n) {
  const lines = ['services:']
  for (let i = n; i < SERVICES; i += 3) {
    lines.push(`  svc${i}:`, '    environment:', `      OVERRIDE_${n}: "yes"`, '    ports:', `      - "${20000 + i * 3 + n}:8${n}"`)
    if (i % 2 === 0) lines.push('    deploy:', '      resources:', '        limits:', '          cpus: "0.5"')
  }
  return lines.join('\n') + '\n'
}

const dir = mkdtempSync(join(tmpdir(), 'tsc-bench-config-'))
const files = ['compose.yaml', 'override1.yaml', 'override2.yaml', 'override3.yaml']
writeFileSync(join(dir, files[0]), baseFile())
for (let n = 1; n <= 3; n++) writeFileSync(join(dir, files[n]), overrideFile(n))
writeFileSync(join(dir, '.env'), 'TAG=1.0\n')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (ms) => `${ms.toFixed(1)} ms`

// Timings mean little on a busy machine: say how busy it was.
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ')
console.log(`load average at start: ${load()}`)

try {
  const m = await import(join(root, 'packages/compose/dist/index.js'))
  const { loadProject } = m
  const opts = { cwd: dir, files, processEnv: { HOME: process.env.HOME ?? '/root', PATH: process.env.PATH } }
  const times = []
  let project
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now()
    project = await loadProject(opts)
    times.push(performance.now() - t0)
  }
  console.log(`services: ${Object.keys(project.model.services).length}, files: ${files.length} (1 base + 3 overrides)`)
  console.log(`in-process load+validate+normalize: first ${fmt(times[0])}, median of ${RUNS} ${fmt(median(times))} (target < 150 ms)`)

  const cli = join(root, 'packages/cli/bin/tsc-compose.js')
  const fArgs = files.flatMap((f) => ['-f', f])
  const wall = (cmd, args) => {
    const ts = []
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now()
      const res = spawnSync(cmd, args, { cwd: dir, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] })
      ts.push(performance.now() - t0)
      if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr}`)
    }
    return median(ts)
  }
  // Where the time goes, phase by phase (medians), to tell the YAML parser from the rest.
  const phases = { parse: [], interpolate: [], validate: [], merge: [], normalize: [], check: [] }
  const { schemaErrors } = await import(join(root, 'packages/compose/dist/schema/validator.js'))
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'))
  for (let r = 0; r < RUNS; r++) {
    let t0 = performance.now()
    const lap = (k) => { const t = performance.now(); phases[k].push(t - t0); t0 = t }
    const parsed = texts.map((t, i) => m.parseComposeYaml(t, files[i])); lap('parse')
    const docs = parsed.map((p) => m.interpolate(p.doc, { lookup: (n) => (n === 'TAG' ? '1.0' : undefined), locate: p.locate })); lap('interpolate')
    docs.forEach((d) => schemaErrors(m.stripMergeTags(d))); lap('validate')
    const merged = docs.reduce((a, d) => (a === undefined ? m.mergeComposeFiles(d, undefined) : m.mergeComposeFiles(a, d)), undefined); lap('merge')
    const model = m.normalizeModel(merged, { workingDir: dir, projectName: 'bench', lookup: () => undefined, envFiles: new Map(), home: '/root', locate: () => undefined }, { defaults: true }); lap('normalize')
    m.checkModel(model, { consistency: true, locate: () => undefined }); lap('check')
  }
  console.log('phases (median): ' + Object.entries(phases).map(([k, v]) => `${k} ${fmt(median(v))}`).join(', '))
  console.log('(NODE_EXTRA_CA_CERTS unset for the timed commands)')
  await m.loadYamlLibrary()
  const ours = wall(process.execPath, [cli, ...fArgs, 'config'])
  console.log(`tsc-compose config (CLI wall, median of 5): ${fmt(ours)}`)
  writeFileSync(join(dir, 'small.yaml'), 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n')
  console.log(`tsc-compose config, one small file (CLI wall, median of 5): ${fmt(wall(process.execPath, [cli, '-f', 'small.yaml', 'config']))}`)
  console.log(`node -e 0 (wall, median of 5): ${fmt(wall(process.execPath, ['-e', '0']))}`)
  const which = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) {
    const theirs = wall(which.stdout.trim(), [...fArgs, 'config'])
    console.log(`docker-compose config (wall, median of 5): ${fmt(theirs)}; ratio docker-compose / tsc-compose = ${(theirs / ours).toFixed(2)}x`)
  } else {
    console.log('docker-compose not on PATH: no comparison')
  }
  console.log(`load average at end: ${load()}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
