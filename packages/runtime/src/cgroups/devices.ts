import type { DeviceRule } from './types.js'

const ANY = -1
const rule = (allow: boolean, type: DeviceRule['type'], major: number, minor: number, access = 'rwm'): DeviceRule => ({
  allow,
  type,
  major,
  minor,
  access,
})

/**
 * The device cgroup rules a docker container gets, in order (RUNTIME-FACTS §2 "Devices"):
 * docker's deny-all, its six allowed nodes and the fuse deny, then what runc appends:
 * mknod of anything, /dev/full, pts, ptmx and /dev/net/tun.
 */
export function dockerDeviceRules(): DeviceRule[] {
  return [
    rule(false, 'a', ANY, ANY),
    rule(true, 'c', 1, 5), // /dev/zero
    rule(true, 'c', 1, 3), // /dev/null
    rule(true, 'c', 1, 9), // /dev/urandom
    rule(true, 'c', 1, 8), // /dev/random
    rule(true, 'c', 5, 0), // /dev/tty
    rule(true, 'c', 5, 1), // /dev/console
    rule(false, 'c', 10, 229), // /dev/fuse
    rule(true, 'c', ANY, ANY, 'm'),
    rule(true, 'b', ANY, ANY, 'm'),
    // runc's AllowedDevices also allows every node it creates: only /dev/full is not in docker's list
    rule(true, 'c', 1, 7), // /dev/full
    rule(true, 'c', 136, ANY), // /dev/pts/*
    rule(true, 'c', 5, 2), // /dev/ptmx
    rule(true, 'c', 10, 200), // /dev/net/tun
  ]
}

/** Privileged: every device. */
export function privilegedDeviceRules(): DeviceRule[] {
  return [rule(true, 'a', ANY, ANY)]
}

/** The text devices.allow/devices.deny take: `c 1:5 rwm`, `a` for all. */
export function formatDeviceRule(r: DeviceRule): string {
  if (r.type === 'a') return 'a'
  const n = (x: number) => (x < 0 ? '*' : String(x))
  return `${r.type} ${n(r.major)}:${n(r.minor)} ${r.access}`
}

/** `--device-cgroup-rule 'c 42:* rmw'` → an allow rule. */
export function parseDeviceCgroupRule(text: string): DeviceRule | null {
  const m = /^([acb]) (\d+|\*):(\d+|\*) ([rwm]{1,3})$/.exec(text.trim())
  if (!m) return null
  const n = (s: string) => (s === '*' ? ANY : Number(s))
  return rule(true, m[1] as DeviceRule['type'], n(m[2]!), n(m[3]!), m[4]!)
}
