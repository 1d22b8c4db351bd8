/**
 * CVE-2019-5736 on the real kernel: while `tsc-supervisor exec` enters a running container,
 * its processes must not expose the host's tsc-supervisor binary to the container. The exec
 * helper re-executes itself from a sealed memfd (native/supervisor/exe-seal.c), so
 * /proc/<pid>/exe is that memfd and no container process can write through it.
 *
 * The attack is replayed for real against a throw-away copy of the binary (so that, should
 * the protection be missing, only the copy gets written): the exec target is a script
 * `#!/proc/self/exe`, which makes the kernel run the helper's own exe inside the container;
 * its stderr is a full FIFO, so it blocks there while a container process opens
 * /proc/<pid>/exe, waits for it to exit and then writes through the fd it kept.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readlinkSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SupervisorSpec, writeSpecFile } from '../../packages/runtime/src/containers/spec-file.js'
import { MS } from '../../packages/runtime/src/mounts/linux-constants.js'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { makeBusyboxRootfs } from '../helpers/busybox.js'
import { eventually } from '../helpers/eventually.js'
import { CLEAN, type KernelSnapshot, leftoversSince, snapshotKernel } from '../helpers/leftovers.js'

const SUP = supervisorPath()
const DOCKER_CAPS = 0xa80425fbn
const PREFIX = `tscxh${process.pid}`
let root: string
let lower: string
let shared: string
let before: KernelSnapshot
const children: ChildProcess[] = []

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex')
const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())))

/** A docker-like container in the background (`start` mode); resolves with its host pid. */
async function container(argv: string[]): Promise<{ pid: number; specPath: string }> {
  const dir = join(root, `c${children.length}`)
  for (const d of ['upper', 'work', 'rootfs']) mkdirSync(join(dir, d), { recursive: true })
  const nodev = MS.NOSUID | MS.NOEXEC | MS.NODEV
  const spec: SupervisorSpec = {
    id: String(children.length + 1).padStart(64, '0'),
    name: `${PREFIX}-${children.length}`,
    dir,
    argv,
    env: ['PATH=/bin', 'HOME=/root'],
    uid: 0,
    gid: 0,
    rootfs: { lower: [lower], upper: join(dir, 'upper'), work: join(dir, 'work'), target: join(dir, 'rootfs') },
    mounts: [
      { type: 'proc', source: 'proc', target: '/proc', flags: nodev, kind: 'dir' },
      { type: 'tmpfs', source: 'tmpfs', target: '/dev', flags: MS.NOSUID | MS.STRICTATIME, data: 'mode=755', kind: 'dir' },
      { type: 'bind', source: shared, target: '/shared', flags: MS.BIND, kind: 'dir' },
    ],
    devices: [{ path: '/dev/null', type: 'c', major: 1, minor: 3, mode: 0o666, uid: 0, gid: 0 }],
    capabilities: { bounding: DOCKER_CAPS, effective: DOCKER_CAPS, permitted: DOCKER_CAPS, inheritable: 0n, ambient: 0n },
  }
  const specPath = join(dir, 'spec')
  writeSpecFile(specPath, spec)
  const pidFile = join(dir, 'pid')
  const child = spawn(SUP, ['start', '--pid-file', pidFile, specPath], { stdio: 'ignore' })
  children.push(child)
  const pid = await eventually(() => {
    const n = Number(readFileSync(pidFile, 'utf8'))
    if (!n) throw new Error('no pid yet')
    return n
  })
  return { pid, specPath }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-exechard-'))
  lower = makeBusyboxRootfs(join(root, 'lower'))
  shared = join(root, 'shared')
  mkdirSync(shared)
  before = snapshotKernel({ cgroupPrefix: PREFIX, processMarker: root })
})

afterAll(async () => {
  // SIGKILL: a foreground supervisor's container dies with it (pdeathsig)
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  await Promise.all(children.map(exited))
  const ours = () => {
    const l = leftoversSince(before, { cgroupPrefix: PREFIX, processMarker: root })
    return { ...l, mounts: l.mounts.filter((m) => m.startsWith(root) || /^\/(proc|dev)(\/|$)/.test(m)), links: [], netns: [], nftTables: [] }
  }
  await eventually(() => expect(ours()).toEqual(CLEAN), 5000)
  rmSync(root, { recursive: true, force: true })
})

describe('exec does not expose the host tsc-supervisor binary', () => {
  it('the exec helper runs from a sealed memfd, not from the host path', async () => {
    const c = await container(['sleep', '60'])
    const helper = spawn(SUP, ['exec', '--spec', c.specPath, '--pid', String(c.pid), '--', 'sleep', '5'], { stdio: 'ignore' })
    children.push(helper)
    // bounded: the first few hundred µs it still runs from the host path, before re-executing
    const exe = await eventually(() => {
      const l = readlinkSync(`/proc/${helper.pid}/exe`)
      if (!l.startsWith('/memfd:')) throw new Error(`exe is ${l}`)
      return l
    }, 3000)
    expect(exe).toBe('/memfd:tsc-supervisor (deleted)')
    expect(readFileSync(`/proc/${helper.pid}/cmdline`, 'utf8').split('\0')[0]).toBe(SUP)
    expect(() => closeSync(openSync(`/proc/${helper.pid}/exe`, 'r+'))).toThrow(/ETXTBSY|EPERM/)
    helper.kill('SIGKILL')
    await exited(helper)
  })

  it('a container process cannot write the binary through /proc/<pid>/exe of the exec helper (#!/proc/self/exe)', async () => {
    // the attack target: a private copy, so that a missing protection only hurts the copy
    const copy = join(root, 'tsc-supervisor-copy')
    copyFileSync(SUP, copy)
    const hash = sha(copy)

    const c = await container(['sh', '-c', 'printf "#!/proc/self/exe\\n" > /pwn && chmod 755 /pwn && exec sleep 60'])
    await eventually(() => expect(readFileSync(`/proc/${c.pid}/cmdline`, 'utf8')).toContain('sleep'))

    // The attacker: waits for the helper's exe to show up inside the container, keeps it open,
    // reports, waits for the helper to be gone, then writes through the fd it kept.
    const probe = [
      'i=0; p=; while [ -z "$p" ] && [ $i -lt 400 ]; do',
      '  for d in /proc/[0-9]*; do grep -q "/pw[n]" $d/cmdline 2>/dev/null && p=$d; done; i=$((i+1)); sleep 0.02',
      'done',
      '[ -n "$p" ] || { echo "no helper"; exit 3; }',
      'exec 3< $p/exe || exit 4',
      'echo "exe:$(readlink $p/exe)"',
      'touch /shared/ready',
      'i=0; while [ ! -e /shared/go ] && [ $i -lt 400 ]; do sleep 0.02; i=$((i+1)); done',
      'while [ -e $p ] && [ $i -lt 800 ]; do sleep 0.02; i=$((i+1)); done',
      'if msg=$(echo x 2>&1 >> /proc/self/fd/3); then echo write:ok; else echo "write:refused ${msg##*: }"; fi',
    ].join('\n')
    let out = ''
    const attacker = spawn(SUP, ['exec', '--spec', c.specPath, '--pid', String(c.pid), '--', 'sh', '-c', probe], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(attacker)
    attacker.stdout!.on('data', (d) => (out += d))
    attacker.stderr!.on('data', (d) => (out += d))

    // The victim exec: stderr is a FIFO filled to the brim, so the usage message our binary
    // prints when the kernel runs it as /pwn's interpreter blocks until we let go.
    const fifo = join(root, 'stderr.fifo')
    execFileSync('mkfifo', [fifo])
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
    const filler = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
    const chunk = Buffer.alloc(4096, 'z')
    for (let i = 0; i < 1024; i++) {
      try {
        writeSync(filler, chunk)
      } catch {
        break // EAGAIN: full
      }
    }
    const blockingStderr = openSync(fifo, constants.O_WRONLY)
    const victim = spawn(copy, ['exec', '--spec', c.specPath, '--pid', String(c.pid), '--', '/pwn'], { stdio: ['ignore', 'ignore', blockingStderr] })
    children.push(victim)
    closeSync(blockingStderr)
    try {
      await eventually(() => expect(existsSync(join(shared, 'ready'))).toBe(true), 10_000)
    } finally {
      // the readers go: the blocked write fails with SIGPIPE and the helper exits
      closeSync(reader)
      closeSync(filler)
      writeFileSync(join(shared, 'go'), '')
    }
    await exited(victim)
    await exited(attacker)
    // unprotected, this prints write:ok and the copy's hash changes (checked before adding the seal)
    expect({ out, changed: sha(copy) !== hash }).toEqual({ out: 'exe:/memfd:tsc-supervisor (deleted)\nwrite:refused Operation not permitted\n', changed: false })
  })
})
