import { lstatSync, readFileSync, readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ContainersSuite, NOTHING_LEFT } from './containers-harness.js'

// Isolation and Docker's security baseline, observed from inside real containers.
let s: ContainersSuite

beforeAll(async () => {
  s = await ContainersSuite.create('iso')
})

afterAll(async () => {
  expect(await s.cleanup()).toEqual(NOTHING_LEFT)
})

const run = (...args: string[]) => s.ok(['container', 'run', '--rm', ...args])
/** 'c' / 'b' for device nodes (lstat: a symlink is not one), '-' otherwise. */
const statMode = (p: string): string => {
  const st = lstatSync(p)
  return st.isCharacterDevice() ? 'c' : st.isBlockDevice() ? 'b' : '-'
}

describe('containers: isolation', () => {
  it('runs the command as PID 1 and shows no host process', async () => {
    const out = await run('busybox', 'sh', '-c', 'echo pid=$$; ps -o pid,comm | tail -n +2 | wc -l')
    const [pid, count] = out.split('\n')
    expect(pid).toBe('pid=1')
    // sh, ps, tail, wc (and nothing of the host's hundreds of processes)
    expect(Number(count)).toBeLessThanOrEqual(4)
  })

  it('sets the hostname: the 12-char id by default, -h when given', async () => {
    const id = await s.ok(['container', 'run', '-d', 'busybox', 'sleep', '30'])
    try {
      expect(await s.ok(['container', 'exec', id, 'hostname'])).toBe(id.slice(0, 12))
    } finally {
      await s.ok(['container', 'rm', '-f', id])
    }
    expect(await run('-h', 'web-1', 'busybox', 'hostname')).toBe('web-1')
    expect(await run('-h', 'web-1', 'busybox', 'cat', '/etc/hostname')).toBe('web-1')
  })

  it("has docker's default capability set (CapEff a80425fb) and none for a non-root user", async () => {
    expect(await run('busybox', 'sh', '-c', 'grep CapEff /proc/self/status')).toMatch(/CapEff:\s+00000000a80425fb/)
    expect(await run('-u', 'nobody', 'busybox', 'sh', '-c', 'grep -E "CapEff|CapBnd" /proc/self/status; id -u')).toMatch(
      /CapEff:\s+0000000000000000\nCapBnd:\s+00000000a80425fb\n65534/,
    )
    expect(await run('--cap-drop', 'ALL', '--cap-add', 'NET_ADMIN', 'busybox', 'grep', 'CapEff', '/proc/self/status')).toMatch(/0000000000001000/)
  })

  it('--privileged: every capability this runtime holds, the host /dev, writable /sys, no seccomp', async () => {
    // "Every capability" is the bounding set we run with: a host that withholds one (this
    // machine's lacks CAP_SYS_RESOURCE) must not fail the start with capset EPERM.
    const bnd = /^CapBnd:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]!
    const out = await run('--privileged', 'busybox', 'sh', '-c', 'grep -E "CapEff|CapBnd" /proc/self/status; grep Seccomp: /proc/self/status; ls /dev; mount | grep " /sys "')
    expect(out).toContain(`CapEff:\t${bnd}`)
    expect(out).toContain(`CapBnd:\t${bnd}`)
    expect(out).toMatch(/Seccomp:\s+0/)
    expect(out).toMatch(/sysfs on \/sys type sysfs \(rw,/)
    // The host's device nodes (runc's HostDevices skips pts, shm, mqueue, fd, console).
    const hostNodes = readdirSync('/dev').filter((n) => !['pts', 'shm', 'mqueue', 'fd', 'console'].includes(n) && /^[cb]/.test(statMode(`/dev/${n}`)))
    expect(hostNodes.length).toBeGreaterThan(10)
    const listed = out.split('\n')
    for (const n of hostNodes) expect(listed).toContain(n)
    // Without it: docker's few nodes only.
    const plain = (await run('busybox', 'ls', '/dev')).split('\n')
    expect(hostNodes.filter((n) => plain.includes(n)).sort()).toEqual(['full', 'null', 'ptmx', 'random', 'tty', 'urandom', 'zero'].filter((n) => hostNodes.includes(n)).sort())
  })

  it('masks /proc and /sys paths and makes /proc/sys read-only', async () => {
    const out = await run('busybox', 'sh', '-c', 'cat /proc/keys /proc/timer_list | wc -c; ls /sys/firmware | wc -l; echo 1 > /proc/sys/kernel/domainname 2>/dev/null && echo writable || echo ro')
    expect(out.split('\n')).toEqual(['0', '0', 'ro'])
  })

  it('seccomp: a syscall outside the allow-list fails with EPERM, seccomp=unconfined allows it', async () => {
    // unshare(CLONE_NEWUSER) needs no capability, only the seccomp profile forbids it.
    const denied = await s.cli(['container', 'run', '--rm', 'busybox', 'unshare', '-U', 'true'])
    expect(denied.code).toBe(1)
    expect(denied.stderr).toMatch(/Operation not permitted/)
    expect(await run('busybox', 'grep', 'Seccomp:', '/proc/self/status')).toMatch(/Seccomp:\s+2/)
    expect((await s.cli(['container', 'run', '--rm', '--security-opt', 'seccomp=unconfined', 'busybox', 'unshare', '-U', 'true'])).code).toBe(0)
  })

  it('no-new-privileges, read-only rootfs, user, workdir and env', async () => {
    expect(await run('--security-opt', 'no-new-privileges', 'busybox', 'grep', 'NoNewPrivs', '/proc/self/status')).toMatch(/NoNewPrivs:\s+1/)
    const ro = await s.cli(['container', 'run', '--rm', '--read-only', 'busybox', 'touch', '/x'])
    expect(ro.code).toBe(1)
    expect(ro.stderr).toMatch(/Read-only file system/)
    expect(await run('-u', 'nobody:root', '-w', '/tmp', '-e', 'A=1', 'busybox', 'sh', '-c', 'echo $(id -u):$(id -g) $PWD $A $HOSTNAME')).toMatch(/^65534:0 \/tmp 1 [0-9a-f]{12}$/)
  })

  it('gives the container its own network namespace: only lo with --network none, eth0 on the default bridge', async () => {
    expect(await run('--network', 'none', 'busybox', 'sh', '-c', 'ls /sys/class/net | tr "\\n" " "')).toBe('lo')
    expect(await run('busybox', 'sh', '-c', 'ls /sys/class/net | tr "\\n" " "')).toBe('eth0 lo')
    expect(await run('--network', 'host', 'busybox', 'sh', '-c', 'test -e /sys/class/net/lo && ls /sys/class/net | wc -l')).not.toBe('1')
  })
})
