#!/usr/bin/env node
// bench/net-setup: how long networking takes, next to the peers installed here.
//   (a) endpoint attach through the runtime API (median of 50): a container's netns, its
//       veth pair on the bridge, address, routes, DNS record: everything a start needs.
//   (b) connect: one more network into a running container's netns (what
//       `docker network connect` / `podman network connect` do), median of 50.
//   (c) network create + remove: API (median of 20) and the CLI as a user runs it (median of 5).
//   (d) attach with a published port: nftables DNAT vs the userland proxy, and the proxy's RSS.
// Peers: docker/podman `network connect` and `network create`+`rm` when their engine works.
// NODE_EXTRA_CA_CERTS is unset for every timed command (it adds ~90 ms to each Node start).
// Usage (root): pnpm build && node bench/net-setup.mjs [--runs 50]
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { cli, dockerUsable, fmt, has, median, note, ratio, repoRoot, time, timedEnv } from './lib.mjs'

const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50
const TARGET_ATTACH_MS = 5

const { Networks } = await import(join(repoRoot, 'packages/runtime/dist/index.js'))
const root = mkdtempSync(join(tmpdir(), 'tsc-bench-net-'))
// Benchmark traffic never leaves the machine: the DNS responder gets a black-hole upstream.
const nets = new Networks({ root, dnsUpstreams: ['127.0.0.1:9'] })
const id = () => randomBytes(32).toString('hex')
const results = {}

note()
try {
  await nets.create({ name: 'bench-a' })
  await nets.create({ name: 'bench-b' })
  // warm-up: code paths, the DNS responder process
  for (let i = 0; i < 3; i++) {
    const c = id()
    await nets.attach({ id: c, name: `warm${i}`, hostname: 'w', networks: [{ network: 'bench-a' }] })
    await nets.detach(c, { forget: true })
  }

  // (a) attach: the containers stay attached until the end, so the kernel's asynchronous
  // teardown of earlier ones does not run inside later measurements.
  const ids = []
  const attach = []
  for (let i = 0; i < RUNS; i++) {
    const c = id()
    ids.push(c)
    const t0 = performance.now()
    await nets.attach({ id: c, name: `c${i}`, hostname: `c${i}`, networks: [{ network: 'bench-a', aliases: ['svc'] }] })
    attach.push(performance.now() - t0)
  }
  results.attach = median(attach)
  results.attachMin = Math.min(...attach)
  results.attachP90 = [...attach].sort((a, b) => a - b)[Math.floor(attach.length * 0.9)]

  // (b) connect a second network into each running container
  const connect = []
  for (const [i, c] of ids.entries()) {
    const t0 = performance.now()
    await nets.connect('bench-b', { id: c, name: `c${i}` })
    connect.push(performance.now() - t0)
  }
  results.connect = median(connect)
  results.connectMin = Math.min(...connect)

  const detach = []
  for (const c of ids) {
    const t0 = performance.now()
    await nets.detach(c, { forget: true })
    detach.push(performance.now() - t0)
  }
  results.detach = median(detach)

  // (d) published port through nftables DNAT vs the userland proxy (one tsc-proxy process
  // per container: start time and memory), median of 10 each.
  const proxied = new Networks({ root, dnsUpstreams: ['127.0.0.1:9'], userlandProxy: true })
  for (const [label, api] of [['dnat', nets], ['proxy', proxied]]) {
    const t = []
    const cs = []
    for (let i = 0; i < 10; i++) {
      const c = id()
      cs.push(c)
      const t0 = performance.now()
      await api.attach({ id: c, name: `${label}${i}`, hostname: 'p', networks: [{ network: 'bench-a' }], ports: [{ protocol: 'tcp', containerPort: 80, hostPort: 0, hostIp: '127.0.0.1' }] })
      t.push(performance.now() - t0)
    }
    results[`publish_${label}`] = median(t)
    if (label === 'proxy') {
      const { listProxies } = await import(join(repoRoot, 'packages/runtime/dist/network/proxy.js'))
      const rss = listProxies().filter((p) => p.root === root).map((p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))[1]))
      results.proxyRssKb = median(rss)
    }
    for (const c of cs) await api.detach(c, { forget: true })
  }

  // (c) network create + remove
  const cr = []
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now()
    await nets.create({ name: `tmp${i}` })
    await nets.remove(`tmp${i}`)
    cr.push(performance.now() - t0)
  }
  results.createRemove = median(cr)
  const crCli = []
  for (let i = 0; i < 5; i++) {
    crCli.push(time([process.execPath, cli, '--root', root, 'network', 'create', `cli${i}`], { stdio: 'ignore' }) +
      time([process.execPath, cli, '--root', root, 'network', 'rm', `cli${i}`], { stdio: 'ignore' }))
  }
  results.createRemoveCli = median(crCli)
} finally {
  await nets.removeAll().catch((e) => console.error(`cleanup: ${e.message}`))
  await nets.reclaimLeftovers().catch(() => undefined)
  rmSync(root, { recursive: true, force: true })
}

console.log(`endpoint attach (netns + veth + address + routes + DNS), median of ${RUNS}: ${fmt(results.attach)}  (target < ${TARGET_ATTACH_MS} ms: ${results.attach < TARGET_ATTACH_MS ? 'met' : 'NOT met'}; min ${fmt(results.attachMin)}, p90 ${fmt(results.attachP90)})`)
console.log(`network connect into a running container, median of ${RUNS}:      ${fmt(results.connect)} (min ${fmt(results.connectMin)})`)
console.log(`endpoint detach (stop), median of ${RUNS}:                          ${fmt(results.detach)}`)
console.log(`attach with one published port, median of 10: nftables DNAT ${fmt(results.publish_dnat)}, userland proxy ${fmt(results.publish_proxy)} (proxy RSS ${(results.proxyRssKb / 1024).toFixed(2)} MiB per container)`)
console.log(`network create + remove, API, median of 20:                     ${fmt(results.createRemove)}`)
console.log(`network create + rm, tsc-compose CLI (2 processes), median of 5: ${fmt(results.createRemoveCli)}`)

for (const peer of ['docker', 'podman']) {
  const usable = peer === 'docker' ? dockerUsable() : has('podman') && spawnSync('podman', ['info'], { stdio: 'ignore', timeout: 10000 }).status === 0
  if (!usable) {
    console.log(`${peer}: not measured (${has(peer) ? 'client installed, no engine answering' : 'not installed'})`)
    continue
  }
  const net = `tscbench${randomBytes(3).toString('hex')}`
  const net2 = `${net}b`
  const ctr = `${net}c`
  const run = (args) => spawnSync(peer, args, { env: timedEnv, stdio: 'ignore', timeout: 60000 })
  try {
    run(['network', 'create', net])
    run(['network', 'create', net2])
    if (run(['run', '-d', '--name', ctr, '--network', net, 'busybox', 'sleep', '600']).status !== 0) throw new Error('cannot start a busybox container')
    const conn = []
    for (let i = 0; i < 10; i++) {
      conn.push(time([peer, 'network', 'connect', net2, ctr], { stdio: 'ignore' }))
      time([peer, 'network', 'disconnect', net2, ctr], { stdio: 'ignore' })
    }
    const cr = []
    for (let i = 0; i < 5; i++) cr.push(time([peer, 'network', 'create', `${net}x`], { stdio: 'ignore' }) + time([peer, 'network', 'rm', `${net}x`], { stdio: 'ignore' }))
    console.log(`${peer} network connect, median of 10: ${fmt(median(conn))}; ours (connect) ${ratio(results.connect, median(conn))}, ours (full attach) ${ratio(results.attach, median(conn))}`)
    console.log(`${peer} network create + rm, median of 5: ${fmt(median(cr))}; ours (CLI) ${ratio(results.createRemoveCli, median(cr))}`)
  } catch (e) {
    console.log(`${peer}: not measured (${e.message})`)
  } finally {
    run(['rm', '-f', ctr])
    run(['network', 'rm', net, net2])
  }
}
