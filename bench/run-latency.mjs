#!/usr/bin/env node
// bench/run-latency: container start latency and supervisor memory, next to the peers that
// are installed here (docker, podman, crun, runc). Medians of 20 runs.
//   (a) CLI:      tsc-compose container run --rm busybox true   vs docker/podman run --rm
//                 --network none (ours on the default bridge, and with --network none too)
//   (b) runtime:  create + start + wait + remove through the TS API in one Node process
//                 vs crun/runc run on an OCI bundle of the same rootfs
//   (c) memory:   supervisor RSS per running container (10 containers running sleep)
// Every timed command runs with NODE_EXTRA_CA_CERTS unset (it adds ~90 ms to a Node start).
// Usage (root): pnpm build && node bench/run-latency.mjs [--runs 20]
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { randomBytes } from 'node:crypto'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const BIN = join(repo, 'packages/cli/bin/tsc-compose.js')
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20
const TARGET = { cliVsDocker: 0.15, apiVsCrun: 2, rssKiB: 1024 }
// What the issue measured on this kind of machine, shown when a peer is missing.
const REFERENCE_MS = { docker: 600, podman: 600, crun: 19 }

const env = { ...process.env }
delete env.NODE_EXTRA_CA_CERTS
const root = mkdtempSync(join(tmpdir(), 'tsc-bench-'))
const cgroupParent = `tsc-bench-${randomBytes(3).toString('hex')}`
env.TSC_COMPOSE_CGROUP_PARENT = cgroupParent

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const ms = (ns) => Number(ns) / 1e6
const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined
const fmt = (v, unit) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ${unit}`)

function timeCommand(cmd, args, runs = RUNS, warmup = 2) {
  const times = []
  for (let i = 0; i < runs + warmup; i++) {
    const t0 = process.hrtime.bigint()
    const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    const t = ms(process.hrtime.bigint() - t0)
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
    if (i >= warmup) times.push(t)
  }
  return median(times)
}

function busyboxRootfs(dir) {
  for (const d of ['bin', 'etc', 'tmp', 'root', 'proc', 'sys', 'dev']) mkdirSync(join(dir, d), { recursive: true })
  copyFileSync('/bin/busybox', join(dir, 'bin/busybox'))
  chmodSync(join(dir, 'bin/busybox'), 0o755)
  for (const a of execFileSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
    if (a !== 'busybox') symlinkSync('busybox', join(dir, 'bin', a))
  }
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n')
  writeFileSync(join(dir, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n')
  return dir
}

async function main() {
  if (process.getuid?.() !== 0) throw new Error('run as root')
  console.log(`bench/run-latency: medians of ${RUNS} runs; NODE_EXTRA_CA_CERTS unset for every timed command (it was ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'not set'} here)`)
  console.log(`state root ${root}, cgroup parent ${cgroupParent}, load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`)
  const { openRuntime } = await import(join(repo, 'packages/runtime/dist/index.js'))
  const rt = (runtime = openRuntime({ root, cgroupParent, env }))
  const rootfs = busyboxRootfs(join(root, 'bundle', 'rootfs'))
  await rt.images.importRootfs(rootfs, { ref: 'busybox:latest' })

  // (a) the CLI
  const cli = timeCommand(process.execPath, [BIN, '--root', root, 'container', 'run', '--rm', 'busybox', 'true'])
  // The docker and podman runs below use --network none; the same for us, like for like (the
  // row above joins the default bridge network: a netns, a veth pair and their teardown).
  const cliNoNet = timeCommand(process.execPath, [BIN, '--root', root, 'container', 'run', '--rm', '--network', 'none', 'busybox', 'true'])
  const node = timeCommand(process.execPath, ['-e', '0'])
  const peers = {}
  for (const p of ['docker', 'podman']) {
    if (!which(p)) continue
    try {
      spawnSync(p, ['load', '-q'], { input: execFileSync(process.execPath, [BIN, '--root', root, 'image', 'save', 'busybox:latest'], { env, maxBuffer: 1 << 30 }), env })
      peers[p] = timeCommand(p, ['run', '--rm', '--network', 'none', 'busybox:latest', 'true'], RUNS, 1)
    } catch (err) {
      peers[`${p}-error`] = String(err.message).split('\n')[0]
    }
  }

  // (b) the TS API in one process
  const apiTimes = []
  const sink = { write: () => true }
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = process.hrtime.bigint()
    const rec = await rt.containers.create({ image: 'busybox', cmd: ['true'], network: { mode: 'none' } })
    await rt.containers.start(rec.Id)
    await rt.containers.wait(rec.Id)
    await rt.containers.remove(rec.Id)
    if (i >= 2) apiTimes.push(ms(process.hrtime.bigint() - t0))
  }
  void sink
  const api = median(apiTimes)
  for (const r of ['crun', 'runc']) {
    const bin = which(r)
    if (!bin) continue
    const bundle = join(root, 'bundle')
    rmSync(join(bundle, 'config.json'), { force: true })
    execFileSync(bin, ['spec'], { cwd: bundle })
    const cfg = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8'))
    cfg.process.terminal = false
    cfg.process.args = ['true']
    writeFileSync(join(bundle, 'config.json'), JSON.stringify(cfg))
    let n = 0
    peers[r] = timeCommand('sh', ['-c', `${bin} run --bundle ${bundle} bench-${process.pid}-$(date +%s%N)-${n++}`])
  }

  // (c) supervisor memory
  const ids = []
  for (let i = 0; i < 10; i++) ids.push((await rt.containers.run({ image: 'busybox', cmd: ['sleep', '300'], network: { mode: 'none' } }, { detach: true })).id)
  await new Promise((r) => setTimeout(r, 300))
  const rss = ids.map((id) => {
    const st = JSON.parse(readFileSync(join(root, 'containers', id, 'state.json'), 'utf8'))
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${st.supervisorPid}/status`, 'utf8'))
    return Number(m[1])
  })
  for (const id of ids) await rt.containers.remove(id, { force: true })
  let conmon
  if (which('conmon')) conmon = undefined // measured only when a podman container runs; see RUNTIME-FACTS §3

  const docker = peers.docker
  const crun = peers.crun ?? peers.runc
  const rows = [
    ['(a) CLI run --rm true', fmt(cli, 'ms'), docker !== undefined ? `docker ${fmt(docker, 'ms')}` : `docker not running here (issue: ~${REFERENCE_MS.docker} ms)`,
      `${(cli / (docker ?? REFERENCE_MS.docker)).toFixed(3)}x`, `<= ${TARGET.cliVsDocker}x`],
    ['    same, --network none', fmt(cliNoNet, 'ms'), docker !== undefined ? `docker --network none ${fmt(docker, 'ms')}` : '',
      `${(cliNoNet / (docker ?? REFERENCE_MS.docker)).toFixed(3)}x`, `<= ${TARGET.cliVsDocker}x`],
    ['    node -e 0 (floor)', fmt(node, 'ms'), peers.podman !== undefined ? `podman ${fmt(peers.podman, 'ms')}` : 'podman not installed', `CLI over floor ${fmt(cli - node, 'ms')}`, ''],
    ['(b) API create+start+wait+rm', fmt(api, 'ms'), crun !== undefined ? `${peers.crun ? 'crun' : 'runc'} ${fmt(crun, 'ms')}` : `crun/runc not installed (issue: crun ~${REFERENCE_MS.crun} ms)`,
      `${(api / (crun ?? REFERENCE_MS.crun)).toFixed(2)}x`, `<= ${TARGET.apiVsCrun}x`],
    ['(c) supervisor RSS / container', fmt(median(rss), 'KiB'), conmon ? `conmon ${conmon} KiB` : 'conmon not installed (facts: 1.9 MB)', `${(median(rss) / 1024).toFixed(2)} MiB`, `<= 1 MiB`],
  ]
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length)))
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i] + 2)).join(''))
  for (const [k, v] of Object.entries(peers)) if (k.endsWith('-error')) console.log(`note: ${k}: ${v}`)
  const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
  if (load > 1) console.log(`note: load average ${load} on this machine: every figure (node's own start included) is inflated; compare against the floor row`)
  return { cli, cliNoNet, api, rss: median(rss), peers }
}

/** Kernel objects that name this state root: bridges/veths (by their alias) and nft tables (by their comment). */
function leftovers() {
  const tag = encodeURIComponent(root)
  const links = spawnSync('ip', ['-d', '-o', 'link', 'show'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes(tag)).map((l) => l.split(':')[1].trim())
  const tables = spawnSync('nft', ['list', 'tables'], { encoding: 'utf8' }).stdout.split('\n').map((l) => l.trim().split(' ')[2]).filter(Boolean)
  const ours = tables.filter((t) => t.startsWith('tsc_compose') && spawnSync('nft', ['list', 'table', 'inet', t], { encoding: 'utf8' }).stdout.includes(tag))
  return [...links.map((l) => `link ${l}`), ...ours.map((t) => `nft table ${t}`)]
}

let runtime
try {
  await main()
} finally {
  // nothing may stay: containers were removed above. The CLI run joined the default `bridge`
  // network, which made a bridge and an nft table for this root; no CLI command removes a
  // predefined network (docker's rule), so the runtime's root teardown does, before the root goes.
  try {
    if (runtime && existsSync(join(root, 'networks'))) await (await runtime.networks()).removeAll()
  } catch (err) {
    console.log(`note: network teardown failed: ${err.message}`)
  }
  const left = leftovers()
  if (left.length) console.log(`note: left behind: ${left.join(', ')}`)
  // then the images and the cgroup parent
  try {
    const { createCgroupManager } = await import(join(repo, 'packages/runtime/dist/cgroups/manager.js'))
    await createCgroupManager({ parent: cgroupParent }).remove(cgroupParent)
  } catch {
    // never created
  }
  rmSync(root, { recursive: true, force: true })
}
