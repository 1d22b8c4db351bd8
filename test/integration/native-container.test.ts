/**
 * The container child of tsc-supervisor (container.c / exec.c / tsc-init) on the real
 * kernel: `tsc-supervisor start <spec>` with specs written by serializeSpec, on a busybox
 * rootfs used as the single overlay lower dir.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, rmdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { supervisorPath } from '../../packages/runtime/src/native/load.js'
import { writeSpecFile, type SupervisorSpec } from '../../packages/runtime/src/containers/spec-file.js'
import { MS, RLIMIT } from '../../packages/runtime/src/mounts/linux-constants.js'
import { makeBusyboxRootfs } from '../helpers/busybox.js'
import { CLEAN, leftoversSince, snapshotKernel, type KernelSnapshot } from '../helpers/leftovers.js'
import { eventually } from '../helpers/eventually.js'

const SUP = supervisorPath()
const INIT = join(dirname(SUP), 'tsc-init')
const DOCKER_CAPS = 0xa80425fbn
const PREFIX = `tscnc${process.pid}`

let root: string // suite temp dir: also the process marker (every spec path is below it)
let lower: string
let before: KernelSnapshot
let counter = 0
const opts = () => ({ cgroupPrefix: PREFIX, processMarker: root })

/** Docker's defaults (RUNTIME-FACTS §2) for a fresh container dir with its own upper/work. */
function dockerSpec(argv: string[], patch: Partial<SupervisorSpec> = {}): { spec: SupervisorSpec; dir: string } {
  const dir = join(root, `c${++counter}`)
  for (const d of ['upper', 'work', 'rootfs']) mkdirSync(join(dir, d), { recursive: true })
  const nodev = MS.NOSUID | MS.NOEXEC | MS.NODEV
  const spec: SupervisorSpec = {
    id: String(counter).padStart(64, '0'),
    name: `${PREFIX}-${counter}`,
    dir,
    argv,
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOME=/root'],
    uid: 0,
    gid: 0,
    rootfs: { lower: [lower], upper: join(dir, 'upper'), work: join(dir, 'work'), target: join(dir, 'rootfs') },
    mounts: [
      { type: 'proc', source: 'proc', target: '/proc', flags: nodev, kind: 'dir' },
      { type: 'tmpfs', source: 'tmpfs', target: '/dev', flags: MS.NOSUID | MS.STRICTATIME, data: 'mode=755,size=65536k', kind: 'dir' },
      { type: 'devpts', source: 'devpts', target: '/dev/pts', flags: MS.NOSUID | MS.NOEXEC, data: 'newinstance,ptmxmode=0666,mode=0620,gid=5', kind: 'dir' },
      { type: 'sysfs', source: 'sysfs', target: '/sys', flags: nodev | MS.RDONLY, kind: 'dir' },
      { type: 'mqueue', source: 'mqueue', target: '/dev/mqueue', flags: nodev, kind: 'dir' },
      { type: 'tmpfs', source: 'shm', target: '/dev/shm', flags: nodev, data: 'mode=1777,size=67108864', kind: 'dir' },
    ],
    devices: [
      ['null', 1, 3], ['zero', 1, 5], ['full', 1, 7], ['random', 1, 8], ['urandom', 1, 9], ['tty', 5, 0],
    ].map(([n, major, minor]) => ({ path: `/dev/${n}`, type: 'c' as const, major: major as number, minor: minor as number, mode: 0o666, uid: 0, gid: 0 })),
    symlinks: [
      { target: 'pts/ptmx', link: '/dev/ptmx' },
      { target: '/proc/self/fd', link: '/dev/fd' },
      { target: '/proc/self/fd/0', link: '/dev/stdin' },
      { target: '/proc/self/fd/1', link: '/dev/stdout' },
      { target: '/proc/self/fd/2', link: '/dev/stderr' },
    ],
    maskedPaths: ['/proc/asound', '/proc/acpi', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats',
      '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware', '/sys/devices/virtual/powercap'],
    readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    hostname: 'c' + counter,
    capabilities: { bounding: DOCKER_CAPS, effective: DOCKER_CAPS, permitted: DOCKER_CAPS, inheritable: 0n, ambient: 0n },
    ...patch,
  }
  return { spec, dir }
}

function writeSpec(spec: SupervisorSpec, dir: string): string {
  const p = join(dir, 'spec')
  writeSpecFile(p, spec)
  return p
}

function start(argv: string[], patch: Partial<SupervisorSpec> = {}): SpawnSyncReturns<string> {
  const { spec, dir } = dockerSpec(argv, patch)
  return spawnSync(SUP, ['start', writeSpec(spec, dir)], { encoding: 'utf8', timeout: 20_000 })
}

function sh(script: string, patch: Partial<SupervisorSpec> = {}) {
  return start(['sh', '-c', script], patch)
}

/** A tiny seccomp filter: EPERM for the listed syscalls, allow everything else. */
function seccompDenying(names: Array<'mkdir' | 'sethostname'>): string {
  const x86 = process.arch === 'x64'
  const arch = x86 ? 0xc000003e : 0xc00000b7 // AUDIT_ARCH_X86_64 / AUDIT_ARCH_AARCH64
  const nrs = names.flatMap((n) => (n === 'mkdir' ? (x86 ? [83, 258] : [34]) : x86 ? [170] : [161]))
  const BPF_LD_W_ABS = 0x20, BPF_JEQ_K = 0x15, BPF_RET_K = 0x06
  const ALLOW = 0x7fff0000, ERRNO_EPERM = 0x00050000 | 1
  const ins: Array<[number, number, number, number]> = [
    [BPF_LD_W_ABS, 0, 0, 4], // seccomp_data.arch
    [BPF_JEQ_K, 1, 0, arch],
    [BPF_RET_K, 0, 0, ALLOW],
    [BPF_LD_W_ABS, 0, 0, 0], // seccomp_data.nr
    ...nrs.map((nr, i): [number, number, number, number] => [BPF_JEQ_K, nrs.length - i, 0, nr]),
    [BPF_RET_K, 0, 0, ALLOW],
    [BPF_RET_K, 0, 0, ERRNO_EPERM],
  ]
  const buf = Buffer.alloc(ins.length * 8)
  ins.forEach(([code, jt, jf, k], i) => {
    buf.writeUInt16LE(code, i * 8)
    buf.writeUInt8(jt, i * 8 + 2)
    buf.writeUInt8(jf, i * 8 + 3)
    buf.writeUInt32LE(k >>> 0, i * 8 + 4)
  })
  const p = join(root, `seccomp-${++counter}.bpf`)
  writeFileSync(p, buf)
  return p
}

/** Starts a long-running container in the background; resolves with its host pid. */
async function background(argv: string[], patch: Partial<SupervisorSpec> = {}) {
  const { spec, dir } = dockerSpec(argv, patch)
  const pidFile = join(dir, 'pid')
  const child = spawn(SUP, ['start', '--pid-file', pidFile, writeSpec(spec, dir)], { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const pid = await eventually(() => {
    const n = Number(readFileSync(pidFile, 'utf8'))
    if (!n) throw new Error('no pid yet')
    return n
  })
  return { pid, spec, specPath: join(dir, 'spec'), exited, output: () => out }
}

function exec(specPath: string, pid: number, args: string[]) {
  return spawnSync(SUP, ['exec', '--spec', specPath, '--pid', String(pid), ...args], { encoding: 'utf8', timeout: 20_000 })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tsc-native-'))
  lower = makeBusyboxRootfs(join(root, 'lower'))
  before = snapshotKernel({ cgroupPrefix: PREFIX, processMarker: root })
})

/**
 * What this suite could have left behind. Other suites may run on the same machine at the
 * same time (other vitest processes), so only objects this suite could create count: mounts
 * under its temp dir or where a container's mounts would land if they leaked to the host
 * (/proc, /sys, /dev), its probe links, cgroups by prefix, processes by marker.
 */
function ours(): KernelSnapshot {
  const l = leftoversSince(before, opts())
  return {
    ...l,
    mounts: l.mounts.filter((m) => m.startsWith(root) || /^\/(proc|sys|dev)(\/|$)/.test(m)),
    links: l.links.filter((n) => n.startsWith('tscprobe')),
    netns: l.netns.filter((n) => n.includes(PREFIX)),
    nftTables: [],
  }
}

afterEach(async () => {
  // bounded: a container killed at the end of a test may take a moment to be reaped
  await eventually(() => expect(ours()).toEqual(CLEAN), 5000)
})

afterAll(() => {
  try {
    expect(ours()).toEqual(CLEAN)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})

describe('tsc-supervisor start', () => {
  it('runs the command as PID 1 with host processes invisible', () => {
    const r = sh('echo $$; ls /proc')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const [self, ...rest] = r.stdout.trim().split('\n')
    expect(self).toBe('1')
    const pids = rest.filter((l) => /^\d+$/.test(l)).map(Number)
    expect(pids).toContain(1)
    expect(pids.length).toBeLessThanOrEqual(3) // sh, ls (and nothing from the host)
    expect(Math.max(...pids)).toBeLessThan(10)
  })

  it('sets the hostname, docker caps, masked and read-only paths', () => {
    const r = sh(
      'hostname; grep CapEff /proc/self/status; wc -c < /proc/timer_list; wc -c < /proc/keys; ls -A /sys/firmware | wc -l; ' +
        'echo x > /proc/sys/kernel/domainname && echo WROTE; cat /proc/kcore 2>/dev/null | wc -c',
      { hostname: 'box-1' },
    )
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toBe('box-1')
    expect(lines[1]).toBe('CapEff:\t00000000a80425fb')
    expect(lines.slice(2, 5).map((l) => l.trim())).toEqual(['0', '0', '0'])
    expect(r.stdout).not.toContain('WROTE')
    expect(r.stderr).toContain('Read-only file system')
  })

  it('applies a seccomp filter with and without no_new_privs', () => {
    for (const nnp of [true, false]) {
      const r = sh('mkdir /tmp/x && echo MADE; hostname other && echo RENAMED; echo done', {
        seccomp: seccompDenying(['mkdir', 'sethostname']),
        noNewPrivileges: nnp,
        cwd: '/made/by/runtime', // created before the filter is loaded
      })
      expect(r.stdout).toBe('done\n')
      expect(r.stderr).toMatch(/mkdir.*Operation not permitted/)
      expect(r.stderr).toMatch(/Operation not permitted/)
      expect(r.status).toBe(0)
    }
  })

  it('runs as a non-root user with no effective capabilities', () => {
    const r = sh('id -u; id -g; id -G; grep -E "CapEff|CapBnd" /proc/self/status', { uid: 65534, gid: 65534, groups: [33] })
    expect(r.stdout.trim().split('\n')).toEqual(['65534', '65534', '65534 33', 'CapEff:\t0000000000000000', 'CapBnd:\t00000000a80425fb'])
  })

  it('applies rlimits and refuses one above the host hard limit, naming it', () => {
    const r = sh('ulimit -n; ulimit -Hn', { rlimits: [{ resource: RLIMIT.NOFILE, soft: 1234, hard: 2048 }] })
    expect(r.stdout).toBe('1234\n2048\n')
    const bad = sh('true', { rlimits: [{ resource: RLIMIT.NOFILE, soft: 10, hard: 1n << 40n }] })
    expect(bad.status).toBe(125)
    expect(bad.stderr).toMatch(/rlimit RLIMIT_NOFILE: hard limit \d+ is above this host's hard limit/)
  })

  it('joins the given cgroups, with and without a cgroup namespace', () => {
    const cg = `/sys/fs/cgroup/pids/${PREFIX}-cg`
    mkdirSync(cg)
    try {
      writeFileSync(join(cg, 'pids.max'), '50')
      const host = sh('grep pids /proc/self/cgroup; cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || true', {
        cgroupProcs: [join(cg, 'cgroup.procs')],
      })
      expect(host.stdout).toContain(`:pids:/${PREFIX}-cg\n`)
      const own = sh('grep pids /proc/self/cgroup', { cgroupProcs: [join(cg, 'cgroup.procs')], namespaces: { cgroup: 'new' } })
      expect(own.stdout).toMatch(/:pids:\/\n/)
    } finally {
      rmdirSync(cg)
    }
  })

  it('mounts a read-only root, binds ro/rw and a sized tmpfs', () => {
    const host = join(root, 'shared')
    mkdirSync(host, { recursive: true })
    writeFileSync(join(host, 'in'), 'from host\n')
    const { spec, dir } = dockerSpec(['sh', '-c',
      'touch /x 2>&1 || echo ROOT-RO; cat /rw/in; echo from-ctr > /rw/out; echo y > /ro/y 2>/dev/null || echo BIND-RO; ' +
        'grep " /scratch " /proc/mounts; cat /etc/hostname-file'])
    const hostFile = join(root, 'hostname-file')
    writeFileSync(hostFile, 'file-bind\n')
    const full: SupervisorSpec = {
      ...spec,
      rootfs: { ...spec.rootfs!, readonly: true },
      mounts: [
        ...spec.mounts!,
        { type: 'bind', source: host, target: '/rw', flags: MS.BIND | MS.REC, kind: 'dir' },
        { type: 'bind', source: host, target: '/ro', flags: MS.BIND | MS.REC | MS.RDONLY, kind: 'dir' },
        { type: 'tmpfs', source: 'tmpfs', target: '/scratch', flags: MS.NOSUID | MS.NODEV, data: 'size=1m,mode=1777', kind: 'dir' },
        { type: 'bind', source: hostFile, target: '/etc/hostname-file', flags: MS.BIND | MS.RDONLY, kind: 'file' },
      ],
    }
    const out = spawnSync(SUP, ['start', writeSpec(full, dir)], { encoding: 'utf8', timeout: 20_000 })
    expect(out.stdout).toContain('ROOT-RO')
    expect(out.stdout).toContain('from host')
    expect(out.stdout).toContain('BIND-RO')
    expect(out.stdout).toMatch(/tmpfs \/scratch tmpfs rw,nosuid,nodev,relatime,size=1024k /)
    expect(out.stdout).toContain('file-bind')
    expect(readFileSync(join(host, 'out'), 'utf8')).toBe('from-ctr\n')
  })

  it('writes sysctls, oom_score_adj and the umask', () => {
    const r = sh('cat /proc/sys/net/ipv4/ip_unprivileged_port_start; cat /proc/self/oom_score_adj; umask', {
      sysctls: [['net.ipv4.ip_unprivileged_port_start', '0']],
      oomScoreAdj: 500,
      umask: 0o027,
    })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('0\n500\n0027\n')
  })

  it('propagates exit codes and maps exec failures like docker (127, 126, 125)', () => {
    expect(sh('exit 42').status).toBe(42)
    const missing = start(['nosuchcmd'])
    expect(missing.status).toBe(127)
    expect(missing.stderr.trim()).toBe('exec: "nosuchcmd": executable file not found in $PATH')
    const abs = start(['/no/such'])
    expect(abs.status).toBe(127)
    const notExec = start(['/etc/passwd'])
    expect(notExec.status).toBe(126)
    expect(notExec.stderr.trim()).toBe('exec: "/etc/passwd": permission denied')
    const badBind = sh('true', { mounts: [{ type: 'bind', source: join(root, 'missing'), target: '/m', flags: MS.BIND, kind: 'dir' }] })
    expect(badBind.status).toBe(125)
    expect(badBind.stderr).toMatch(/^mounts: mount bind .*missing on \/m: ENOENT/)
  })

  it('refuses mount targets escaping the rootfs through a symlink', () => {
    // /escape -> /../../.. resolves to the container root, never to the host's
    const { spec, dir } = dockerSpec(['sh', '-c', 'ls /escape/marker-dir && echo INSIDE'])
    const full: SupervisorSpec = {
      ...spec,
      mounts: [...spec.mounts!, { type: 'tmpfs', source: 'tmpfs', target: '/escape/marker-dir', flags: 0, kind: 'dir' }],
    }
    // the hostile link is in the container's own layer, as an image could ship it
    spawnSync('ln', ['-s', '../../../../..', join(dir, 'upper', 'escape')])
    const r = spawnSync(SUP, ['start', writeSpec(full, dir)], { encoding: 'utf8' })
    expect(r.stdout).toContain('INSIDE')
    expect(existsSync('/marker-dir')).toBe(false)
  })

  it('binds onto a dangling symlink by creating its target inside the rootfs', () => {
    const { spec, dir } = dockerSpec(['cat', '/etc/resolv.conf'])
    const src = join(dir, 'resolv.conf')
    writeFileSync(src, 'nameserver 127.0.0.11\n')
    mkdirSync(join(dir, 'upper', 'etc'))
    spawnSync('ln', ['-s', '../run/systemd/resolv.conf', join(dir, 'upper', 'etc', 'resolv.conf')])
    const full: SupervisorSpec = {
      ...spec,
      mounts: [...spec.mounts!, { type: 'bind', source: src, target: '/etc/resolv.conf', flags: MS.BIND | MS.RDONLY, kind: 'file' }],
    }
    const r = spawnSync(SUP, ['start', writeSpec(full, dir)], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('nameserver 127.0.0.11\n')
    expect(existsSync(join(dir, 'upper', 'run', 'systemd', 'resolv.conf'))).toBe(true)
  })

  it('mounts more layers than mount(2) options hold in a page (fsconfig lowerdir+)', () => {
    const { spec, dir } = dockerSpec(['sh', '-c', 'cat /layer-0 /layer-39; ls /bin/busybox'])
    const lowers = Array.from({ length: 40 }, (_, i) => {
      const l = join(dir, 'layers', `${i}-${'x'.repeat(100)}`)
      mkdirSync(l, { recursive: true })
      writeFileSync(join(l, `layer-${i}`), `${i}\n`)
      return l
    })
    const r = spawnSync(SUP, ['start', writeSpec({ ...spec, rootfs: { ...spec.rootfs!, lower: [...lowers, lower] } }, dir)], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('0\n39\n/bin/busybox\n')
  })

  it('parses spec files strictly but ignores unknown keys', () => {
    const dir = join(root, `raw${++counter}`)
    mkdirSync(dir)
    const run = (records: string[]) => {
      writeFileSync(join(dir, 'spec'), records.map((r) => r + '\0').join(''))
      return spawnSync(SUP, ['start', join(dir, 'spec')], { encoding: 'utf8' })
    }
    const ok = run(['arg=/bin/sh', 'arg=-c', 'arg=echo ok', 'future.key=whatever', 'env=PATH=/bin'])
    expect(ok.stdout).toBe('ok\n')
    const bad = run(['arg=/bin/true', 'rlimit=7\x1f10\x1fmany'])
    expect(bad.status).toBe(125)
    expect(bad.stderr.trim()).toBe('spec: bad value for rlimit: "7|10|many"')
    const none = run(['env=A=1'])
    expect(none.stderr.trim()).toBe('spec: no arg= record (the command to run)')
  })

  it('runs without a rootfs in the host filesystem', () => {
    const r = spawnSync(SUP, ['start', (() => {
      const dir = join(root, `norootfs${++counter}`)
      mkdirSync(dir)
      const p = join(dir, 'spec')
      writeSpecFile(p, { id: 'x', name: 'x', argv: ['/bin/sh', '-c', 'echo $$; hostname'], env: ['PATH=/bin'], uid: 0, gid: 0, hostname: 'nr' })
      return p
    })()], { encoding: 'utf8' })
    expect(r.stdout).toBe('1\nnr\n')
  })

  it('gives a tty the container\'s own /dev/pts/0', () => {
    const r = start(['tty'], { tty: true })
    expect(r.status).toBe(0)
    expect(r.stdout.trim()).toBe('/dev/pts/0')
  })
})

describe('tsc-supervisor exec', () => {
  it('enters the pid namespace and filesystem of a running container', async () => {
    const c = await background(['sh', '-c', 'echo hi > /tmp/marker; exec sleep 60'])
    try {
      await eventually(() => expect(readFileSync(`/proc/${c.pid}/cmdline`, 'utf8')).toBe('sleep\x0060\x00'))
      const r = exec(c.specPath, c.pid, ['--env', 'FOO=bar', '--', 'sh', '-c', 'cat /tmp/marker; cat /proc/1/cmdline | tr "\\0" " "; echo; echo $FOO; hostname; grep CapEff /proc/self/status'])
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe(`hi\nsleep 60 \nbar\n${c.spec.hostname}\nCapEff:\t00000000a80425fb\n`)
      const user = exec(c.specPath, c.pid, ['--user', '65534:65534', '--cwd', '/tmp', '--', 'sh', '-c', 'id -u; pwd'])
      expect(user.stdout).toBe('65534\n/tmp\n')
      const tty = exec(c.specPath, c.pid, ['--tty', '--', 'tty'])
      expect(tty.stdout.trim()).toMatch(/^\/dev\/pts\/\d+$/)
      expect(exec(c.specPath, c.pid, ['--', 'sh', '-c', 'exit 7']).status).toBe(7)
      const piped = spawnSync(SUP, ['exec', '--spec', c.specPath, '--pid', String(c.pid), '--interactive', '--', 'sh', '-c', 'cat; echo end'],
        { input: 'from stdin\n', encoding: 'utf8', timeout: 20_000 })
      expect(piped.stdout).toBe('from stdin\nend\n')
      const missing = exec(c.specPath, c.pid, ['--', 'nosuchcmd'])
      expect(missing.status).toBe(127)
      expect(missing.stderr.trim()).toBe('exec: "nosuchcmd": executable file not found in $PATH')
      expect(exec(c.specPath, c.pid, ['--', '/etc/passwd']).status).toBe(126)
    } finally {
      process.kill(c.pid, 'SIGKILL')
    }
    expect(await c.exited).toBe(137)
  })
})

describe('namespace paths', () => {
  it('joins a prepared network namespace (ns.net=<path>)', async () => {
    // a netns held by a process (no /run/netns mount, nothing to clean but the process)
    const holder = spawn('unshare', ['-n', 'sleep', '60'], { stdio: 'ignore', argv0: `unshare ${root}` })
    const exited = new Promise((resolve) => holder.on('exit', resolve))
    try {
      const nsPath = `/proc/${holder.pid}/ns/net`
      // Ready once unshare made its own netns ("sleep" is in unshare's argv before it has):
      // entering the holder's netns any earlier would add the veths to the host.
      await eventually(() => expect(readlinkSync(nsPath)).not.toBe(readlinkSync('/proc/self/ns/net')))
      const add = spawnSync('nsenter', [`--net=${nsPath}`, 'ip', 'link', 'add', 'tscprobe0', 'type', 'veth', 'peer', 'name', 'tscprobe1'], { encoding: 'utf8' })
      expect(add.stderr).toBe('')
      const r = sh('cat /proc/net/dev', { namespaces: { net: nsPath } })
      expect(r.stderr).toBe('')
      expect(r.stdout).toContain('tscprobe0')
    } finally {
      holder.kill('SIGKILL')
      await exited
    }
  })

  it('joins the pid namespace of a running container (ns.pid=<path>)', async () => {
    const c = await background(['sleep', '60'])
    try {
      await eventually(() => expect(readFileSync(`/proc/${c.pid}/cmdline`, 'utf8')).toBe('sleep\x0060\x00'))
      const r = sh('echo $$; cat /proc/1/cmdline | tr "\\0" " "', { namespaces: { pid: `/proc/${c.pid}/ns/pid` } })
      expect(r.stderr).toBe('')
      const [self, one] = r.stdout.split('\n')
      expect(self).not.toBe('1')
      expect(one).toBe('sleep 60 ')
    } finally {
      process.kill(c.pid, 'SIGKILL')
    }
    expect(await c.exited).toBe(137)
  })
})

describe('tsc-init', () => {
  function initSpec(argv: string[]) {
    const { spec, dir } = dockerSpec(['/sbin/docker-init', '--', ...argv])
    return {
      spec: {
        ...spec,
        mounts: [...spec.mounts!, { type: 'bind', source: INIT, target: '/sbin/docker-init', flags: MS.BIND | MS.RDONLY, kind: 'file' as const }],
      },
      dir,
    }
  }

  it('reaps orphaned zombies', () => {
    const { spec, dir } = initSpec(['sh', '-c', '(sleep 0.1 &); sleep 0.6; ps -o pid,stat,comm; cat /proc/1/cmdline | tr "\\0" " "'])
    const r = spawnSync(SUP, ['start', writeSpec(spec, dir)], { encoding: 'utf8', timeout: 20_000 })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('/sbin/docker-init -- sh')
    expect(r.stdout).not.toMatch(/\sZ\s/)
  })

  it('forwards SIGTERM to the command and exits 128+15', async () => {
    const { spec, dir } = initSpec(['sleep', '60'])
    const pidFile = join(dir, 'pid')
    const child = spawn(SUP, ['start', '--pid-file', pidFile, writeSpec(spec, dir)], { stdio: 'ignore' })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const pid = await eventually(() => Number(readFileSync(pidFile, 'utf8')) || Promise.reject(new Error('no pid')))
    // wait for sleep to be running under init before signalling
    await eventually(() => expect(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()).not.toBe(''))
    process.kill(pid, 'SIGTERM')
    expect(await exited).toBe(143)
  })
})

describe('latency', () => {
  it('measures container_start (median of 20 runs of /bin/true)', () => {
    const times: number[] = []
    for (let i = 0; i < 20; i++) {
      const { spec, dir } = dockerSpec(['/bin/true'])
      const p = writeSpec(spec, dir)
      const t0 = process.hrtime.bigint()
      const r = spawnSync(SUP, ['start', p])
      times.push(Number(process.hrtime.bigint() - t0) / 1e6)
      expect(r.status).toBe(0)
    }
    times.sort((a, b) => a - b)
    console.log(`container start+wait latency (tsc-supervisor start /bin/true, spawned from node): median ${times[10]!.toFixed(2)} ms, min ${times[0]!.toFixed(2)} ms`)
  })
})
