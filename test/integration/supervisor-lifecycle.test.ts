/**
 * The supervisor on the real kernel: start handshake, logs, state and exit codes, stop/kill,
 * events, hook.exit and its own memory footprint. Containers run in the no-rootfs mode
 * (host filesystem, their own pid/mount/ipc/uts namespaces).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { readState } from '../../packages/runtime/src/containers/state-file.js'
import { logFiles, readLogs } from '../../packages/runtime/src/containers/log-reader.js'
import { isTscError } from '../../packages/runtime/src/errors.js'
import { eventually } from '../helpers/eventually.js'
import { attach, gone, idOf, printed, SupervisorSuite } from './supervisor-fixture.js'

const suite = new SupervisorSuite('tsc-suplc-')
beforeAll(() => suite.setup())
afterAll(() => suite.teardown())

async function collect(path: string, opts: Parameters<typeof readLogs>[1] = {}) {
  const out = []
  for await (const e of readLogs(path, opts)) out.push(e)
  return out
}

describe('supervisor lifecycle', () => {
  it('keeps logging after the process that started it is gone, and records the exit', async () => {
    const b = suite.box({ argv: suite.sh('echo out1; echo err1 >&2; sleep 0.5; echo out2; printf "tail\\001"; exit 3') })
    // the starter is a shell that exits at once: the supervisor must not need it
    const report = join(b.dir, 'handshake')
    execFileSync('/bin/sh', ['-c', '"$0" run "$1" 3>"$2" </dev/null >/dev/null 2>&1 &', supervisorPath(), b.specPath, report])
    await eventually(() => expect(readFileSync(report, 'utf8')).toMatch(/^ok \d+\n$/))
    await gone(b)
    const entries = await collect(b.logPath)
    expect(entries.map((e) => [e.stream, e.text])).toEqual([
      ['stdout', 'out1\n'],
      ['stderr', 'err1\n'],
      ['stdout', 'out2\n'],
      ['stdout', 'tail\u0001'],
    ])
    expect(entries[0]!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/)
    const raw = readFileSync(b.logPath, 'utf8').split('\n')[3]
    expect(raw).toContain('"log":"tail\\u0001"')
    const s = readState(b.dir)!
    expect(s).toMatchObject({ status: 'exited', exitCode: 3, pid: 0, oomKilled: false, restartCount: 0 })
    expect(Date.parse(s.finishedAt)).toBeGreaterThanOrEqual(Date.parse(s.startedAt))
    expect(existsSync(join(b.dir, 'control.sock'))).toBe(false)
  })

  it('escapes quotes, backslashes, control bytes and invalid UTF-8 in log records', async () => {
    const b = suite.box({ argv: ['/usr/bin/printf', 'q"\\\\b\\t\\033[0m\\377\\303\\251\\n'] })
    await suite.start(b)
    await gone(b)
    const raw = readFileSync(b.logPath, 'utf8').trim()
    expect(raw).toMatch(/^\{"log":"q\\"\\\\b\\t\\u001b\[0m\\ufffdé\\n","stream":"stdout","time":"[^"]+"\}$/)
    expect((await collect(b.logPath))[0]!.text).toBe('q"\\b\t\u001b[0m\ufffdé\n')
  })

  it('cuts a line longer than 16 KiB into records, like docker', async () => {
    const b = suite.box({ argv: suite.sh('head -c 40000 /dev/zero | tr "\\0" a; echo') })
    await suite.start(b)
    await gone(b)
    const texts = (await collect(b.logPath)).map((e) => e.text)
    expect(texts.map((t) => t.length)).toEqual([16384, 16384, 40000 - 2 * 16384 + 1])
    expect(texts.join('')).toBe(`${'a'.repeat(40000)}\n`)
  })

  it('leaks none of its fds (log, socket, events, state) into the container', async () => {
    const b = suite.box({ argv: suite.sh('ls /proc/self/fd') })
    await suite.start(b)
    await gone(b)
    // 0-2 are the container's stdio; 3 is ls's own handle on the directory it lists (sh execs ls)
    expect((await collect(b.logPath)).map((e) => e.text.trim())).toEqual(['0', '1', '2', '3'])
  })

  it('reports 127 and 126 start failures through the handshake and state', async () => {
    const b = suite.box({ argv: ['/nonexistent/cmd'] })
    const err = await suite.start(b).catch((e: unknown) => e)
    expect(isTscError(err, 'CONTAINER_CMD_NOT_FOUND')).toBe(true)
    expect((err as { exitCode: number }).exitCode).toBe(127)
    expect(readState(b.dir)).toMatchObject({ status: 'created', exitCode: 127 })
    const c = suite.box({ argv: ['/etc/hostname'] })
    const err2 = await suite.start(c).catch((e: unknown) => e)
    expect((err2 as { exitCode: number }).exitCode).toBe(126)
  })

  it('rotates the log by size and reads it back in order', async () => {
    const r = suite.box(
      { argv: suite.sh('i=0; while [ $i -lt 300 ]; do echo "line $i"; i=$((i+1)); done') },
      { logMaxSize: 2000, logMaxFiles: 3 },
    )
    await suite.start(r)
    await gone(r)
    const files = logFiles(r.logPath)
    expect(files).toEqual([`${r.logPath}.2`, `${r.logPath}.1`, r.logPath])
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(2000)
    const entries = await collect(r.logPath)
    const nums = entries.map((e) => Number(e.text.replace(/^line (\d+)\n$/, '$1')))
    expect(nums[nums.length - 1]).toBe(299)
    for (let i = 1; i < nums.length; i++) expect(nums[i]).toBe(nums[i - 1]! + 1)
    expect((await collect(r.logPath, { tail: 5 })).map((e) => e.text)).toEqual([295, 296, 297, 298, 299].map((n) => `line ${n}\n`))
  })

  it('stop sends the signal, then SIGKILL after the grace period', async () => {
    // pid 1 of its namespace ignoring TERM: only SIGKILL ends it
    const b = suite.box({ argv: suite.sh('trap "" TERM; echo ready; while :; do sleep 0.05; done') })
    await suite.start(b)
    await printed(b, 'ready')
    const t0 = Date.now()
    const code = await b.client.stop(15, 1)
    const took = Date.now() - t0
    expect(code).toBe(137)
    expect(took).toBeGreaterThanOrEqual(950)
    expect(took).toBeLessThan(5000)
    await gone(b)
    expect(readState(b.dir)).toMatchObject({ exitCode: 137, manualStop: true })
    const actions = suite.events(idOf(b)).map((e) => `${e.action}${e.attributes.signal ? ':' + e.attributes.signal : ''}`)
    expect(actions).toEqual(['start', 'kill:15', 'kill:9', 'die', 'stop'])

    // a process that handles TERM exits with its own code before the timeout
    const c = suite.box({ argv: suite.sh('trap "exit 7" TERM; echo ready; while :; do sleep 0.05; done') })
    await suite.start(c)
    await printed(c, 'ready')
    const t1 = Date.now()
    expect(await c.client.stop(15, 10)).toBe(7)
    expect(Date.now() - t1).toBeLessThan(3000)
    await gone(c)
  })

  it('kill signals the container; a dead container refuses kill', async () => {
    const b = suite.box({ argv: suite.sh('while :; do sleep 0.05; done') })
    await suite.start(b)
    const exit = b.client.wait()
    await b.client.kill(9)
    expect(await exit).toBe(137)
    await gone(b)
    const st = readState(b.dir)!
    expect(st).toMatchObject({ status: 'exited', exitCode: 137, manualStop: true })
    const die = suite.events(idOf(b)).find((e) => e.action === 'die')!
    expect(die.attributes.exitCode).toBe('137')
  })

  it('answers state over the socket and appends docker-shaped events with extra attributes', async () => {
    const b = suite.box({ argv: suite.sh('sleep 30') }, { eventAttrs: { image: 'busybox:latest', 'com.example.label': 'x' } })
    const { pid, supervisorPid } = await suite.start(b)
    const s = await b.client.state()
    expect(s).toMatchObject({ status: 'running', pid, supervisorPid })
    expect(readState(b.dir)).toMatchObject({ status: 'running', pid, supervisorPid })
    await b.client.stop(9, 0)
    await gone(b)
    const start = suite.events(idOf(b)).find((e) => e.action === 'start')!
    expect(start).toMatchObject({ type: 'container', id: idOf(b) })
    expect(start.attributes).toMatchObject({ image: 'busybox:latest', 'com.example.label': 'x' })
    expect(String(start.timeNano)).toMatch(/^\d{19}$/)
  })

  it('runs hook.exit once the container is gone for good', async () => {
    const flag = join(suite.root, 'hook-ran')
    const b2 = suite.box({ argv: suite.sh('exit 0'), exitHook: ['/bin/sh', '-c', `echo "$0" > ${flag}`, suite.root] })
    await suite.start(b2)
    await gone(b2)
    await eventually(() => expect(readFileSync(flag, 'utf8').trim()).toBe(suite.root))
  })

  it('records an OOM kill from the memory cgroup (v1 oom_control / v2 memory.events)', async () => {
    const cg = mkdtempSync('/sys/fs/cgroup/memory/tsc-suplc-oom-')
    try {
      writeFileSync(join(cg, 'memory.limit_in_bytes'), String(16 * 1024 * 1024))
      const b = suite.box(
        { argv: ['/usr/bin/python3', '-c', 'a = bytearray(256 * 1024 * 1024); print(len(a))', suite.root], cgroupProcs: [join(cg, 'cgroup.procs')] },
        { memoryCgroup: cg },
      )
      await suite.start(b)
      await gone(b)
      expect(readState(b.dir)).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true })
      expect(suite.events(idOf(b)).map((e) => e.action)).toEqual(['start', 'oom', 'die'])
    } finally {
      await eventually(() => rmdirSync(cg))
    }
  })

  it('stays within 1 MB of resident memory per running container, also after attach traffic', async () => {
    const boxes = [0, 1, 2].map(() => suite.box({ argv: suite.sh('while :; do echo tick; sleep 0.1; done'), stdin: true }))
    const pids: number[] = []
    for (const b of boxes) pids.push((await suite.start(b)).supervisorPid)
    // traffic through every path: state, an attach with log replay and stdin, a resize error
    for (const b of boxes) {
      await b.client.state()
      const a = attach(b, { stdin: true })
      a.stdin.write('x'.repeat(10_000))
      await new Promise((r) => setTimeout(r, 250))
      await a.detach()
      await b.client.resize(10, 10).catch(() => undefined)
    }
    await new Promise((r) => setTimeout(r, 200))
    const mem = pids.map((pid) => ({
      rss: Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]),
      pss: Number(/Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]),
    }))
    console.log(`supervisor memory with ${pids.length} running: ${mem.map((m) => `VmRSS ${m.rss} kB / Pss ${m.pss} kB`).join(', ')}`)
    for (const m of mem) expect(m.rss).toBeLessThanOrEqual(1024)
    for (const b of boxes) await b.client.stop(9, 0)
    for (const b of boxes) await gone(b)
  })
})

