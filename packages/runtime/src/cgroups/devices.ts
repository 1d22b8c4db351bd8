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
 * docker's deny-all, its six allowed nodes and the fuse deny, then the container's own rules
 * (--device, --device-cgroup-rule: docker appends them to its defaults), then what runc
 * appends after everything: mknod of anything, /dev/full, pts, ptmx and /dev/net/tun. The
 * user's rules only ever allow, so they can open fuse (its deny comes before them) but can
 * never narrow a default: `--device /dev/zero:/dev/z:r` stays writable, c 1:5 is rwm anyway.
 */
export function dockerDeviceRules(extra: readonly DeviceRule[] = []): DeviceRule[] {
  return [
    rule(false, 'a', ANY, ANY),
    rule(true, 'c', 1, 5), // /dev/zero
    rule(true, 'c', 1, 3), // /dev/null
    rule(true, 'c', 1, 9), // /dev/urandom
    rule(true, 'c', 1, 8), // /dev/random
    rule(true, 'c', 5, 0), // /dev/tty
    rule(true, 'c', 5, 1), // /dev/console
    rule(false, 'c', 10, 229), // /dev/fuse
    ...extra,
    rule(true, 'c', ANY, ANY, 'm'),
    rule(true, 'b', ANY, ANY, 'm'),
    // runc's AllowedDevices also allows every node it creates: only /dev/full is not in docker's list
    rule(true, 'c', 1, 7), // /dev/full
    rule(true, 'c', 136, ANY), // /dev/pts/*
    rule(true, 'c', 5, 2), // /dev/ptmx
    rule(true, 'c', 10, 200), // /dev/net/tun
  ]
}

/** An allow rule for one device node (--device): its type and numbers, the mapping's permissions. */
export function allowDevice(type: 'c' | 'b', major: number, minor: number, access: string): DeviceRule {
  return rule(true, type, major, minor, access)
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

/** docker's --device-cgroup-rule syntax (cli opts.ValidateDeviceCgroupRule, daemon deviceCgroupRuleRegex). */
const DEVICE_CGROUP_RULE = /^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/

/**
 * `--device-cgroup-rule 'c 42:* rmw'` → an allow rule; null when it is not one. `a` rules
 * (`a *:* rwm`) mean every device whatever their numbers say, as in the v1 kernel.
 */
export function parseDeviceCgroupRule(text: string): DeviceRule | null {
  const m = DEVICE_CGROUP_RULE.exec(text.trim())
  if (!m) return null
  const n = (s: string) => (s === '*' ? ANY : Number(s))
  const major = n(m[2]!)
  const minor = n(m[3]!)
  // the BPF filter compares against a signed 32-bit immediate
  if (major > 0x7fffffff || minor > 0x7fffffff) return null
  return rule(true, m[1] as DeviceRule['type'], major, minor, m[4]!)
}
