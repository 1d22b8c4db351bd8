import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const BUSYBOX = '/bin/busybox'

/**
 * A busybox rootfs directory made from Debian's busybox-static: /bin/busybox, every applet
 * linked to it, and the few /etc files images usually carry.
 */
export function makeBusyboxRootfs(dir = mkdtempSync(join(tmpdir(), 'tsc-bb-'))): string {
  for (const d of ['bin', 'etc', 'tmp', 'root', 'www', 'var', 'home']) mkdirSync(join(dir, d), { recursive: true })
  chmodSync(join(dir, 'tmp'), 0o1777)
  copyFileSync(BUSYBOX, join(dir, 'bin/busybox'))
  chmodSync(join(dir, 'bin/busybox'), 0o755)
  const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  for (const a of applets) {
    if (a === 'busybox') continue
    try {
      symlinkSync('busybox', join(dir, 'bin', a))
    } catch {
      // an applet name that already exists (none expected): keep the first
    }
  }
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\nwww:x:33:33:www:/www:/bin/sh\n')
  writeFileSync(join(dir, 'etc/group'), 'root:x:0:\nwww:x:33:\nnogroup:x:65534:\n')
  return dir
}

/** The same rootfs as a tar archive (what `image import` takes), like `tar -C dir -cf out .`. */
export function makeBusyboxTar(out = join(mkdtempSync(join(tmpdir(), 'tsc-bbtar-')), 'busybox.tar')): string {
  const dir = makeBusyboxRootfs()
  execFileSync('tar', ['-C', dir, '-cf', out, '.'])
  execFileSync('rm', ['-rf', dir])
  return out
}
