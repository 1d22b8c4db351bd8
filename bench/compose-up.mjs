// bench/compose-up: brings a 10- and a 50-service stack up (-d) and down, next to
// docker-compose and podman-compose on the same files when they are installed.
// Prints medians: up -d, no-change up, ps, down -t 0.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { busyboxTar, cli, dockerUsable, fmt, has, median, note, ratio, time } from './lib.mjs'

const RUNS = Number(process.env.RUNS ?? 5)
const sizes = (process.env.SIZES ?? '10,50').split(',').map(Number)

function composeFile(n, image) {
  let y = 'services:\n'
  for (let i = 0; i < n; i++) y += `  s${i}:\n    image: ${image}\n    command: ["sleep", "3600"]\n    stop_signal: SIGKILL\n`
  return y
}

const root = mkdtempSync(join(tmpdir(), 'bench-compose-root-'))
const tar = busyboxTar()
time(['node', cli, '--root', root, 'image', 'import', tar, 'bb:local'])
note()
const peers = []
if (has('docker-compose') && dockerUsable()) {
  time(['docker', 'import', tar, 'bb:local'])
  peers.push({ name: 'docker-compose', cmd: (f, ...a) => ['docker-compose', '-f', f, '-p', 'benchdc', ...a] })
}
if (has('podman-compose') && has('podman')) {
  time(['podman', 'import', tar, 'bb:local'])
  peers.push({ name: 'podman-compose', cmd: (f, ...a) => ['podman-compose', '-f', f, '-p', 'benchpc', ...a] })
}
const ours = { name: 'tsc-compose', cmd: (f, ...a) => ['node', cli, '--root', root, '-f', f, '-p', 'bench', ...a] }

const results = {}
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `bench-compose-${n}-`))
  const file = join(dir, 'compose.yaml')
  writeFileSync(file, composeFile(n, 'bb:local'))
  for (const tool of [ours, ...peers]) {
    const runs = tool === ours ? RUNS : Math.min(RUNS, 3)
    const t = { up: [], noop: [], ps: [], down: [], settled: [] }
    for (let r = 0; r < runs; r++) {
      t.up.push(time(tool.cmd(file, 'up', '-d')))
      t.noop.push(time(tool.cmd(file, 'up', '-d')))
      t.ps.push(time(tool.cmd(file, 'ps')))
      if (tool === ours && r % 2 === 1) {
        // Every other run: until the bridge is gone too. down hands the bridge's deletion
        // (~40 ms of kernel RCU waits) to a helper holding the network lock; taking that lock
        // after down measures the whole of the work (flock(1) and sh add ~2 ms).
        const lock = join(root, 'networks', '.lock')
        t.settled.push(time(['sh', '-c', `"$@" && exec flock "${lock}" true`, 'sh', ...tool.cmd(file, 'down', '-t', '0')]))
      } else {
        t.down.push(time(tool.cmd(file, 'down', '-t', '0')))
      }
    }
    results[`${tool.name}:${n}`] = Object.fromEntries(Object.entries(t).filter(([, v]) => v.length).map(([k, v]) => [k, median(v)]))
    const m = results[`${tool.name}:${n}`]
    const settled = m.settled !== undefined ? `  (bridge gone: ${fmt(m.settled)})` : ''
    console.log(`${tool.name.padEnd(15)} ${String(n).padStart(3)} services  up -d ${fmt(m.up).padStart(9)}  no-change up ${fmt(m.noop).padStart(9)}  ps ${fmt(m.ps).padStart(9)}  down ${fmt(m.down).padStart(9)}${settled}  (median of ${runs})`)
  }
  for (const p of peers) {
    const o = results[`tsc-compose:${n}`]
    const q = results[`${p.name}:${n}`]
    console.log(`  vs ${p.name} (${n}): up ${ratio(o.up, q.up)}, no-change up ${ratio(o.noop, q.noop)}, ps ${ratio(o.ps, q.ps)}, down ${ratio(o.down, q.down)}`)
  }
  rmSync(dir, { recursive: true, force: true })
}
if (!peers.length) console.log('peers: docker-compose / podman-compose not installed or not usable here; see ../shared/PEERS.md')
console.log('targets: 10 services up -d < 500 ms and >= 10x faster than both peers; down >= 10x; no-change up < 200 ms; ps < 150 ms; 50 services up < 2 s')
rmSync(root, { recursive: true, force: true })
