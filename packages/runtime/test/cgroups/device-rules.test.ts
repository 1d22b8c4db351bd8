import { describe, expect, it } from 'vitest'
import { compileDeviceFilter, emulateDeviceRules } from '../../src/cgroups/device-filter.js'
import { allowDevice, dockerDeviceRules, formatDeviceRule, parseDeviceCgroupRule } from '../../src/cgroups/devices.js'

const show = (rules: Parameters<typeof emulateDeviceRules>[0]) =>
  emulateDeviceRules(rules).exceptions.map((e) => `${e.type} ${e.major}:${e.minor} ${e.access}`)

describe('device cgroup rules: --device and --device-cgroup-rule on top of docker defaults', () => {
  it('parses docker rule syntax with wildcards and a rules; refuses anything else', () => {
    expect(parseDeviceCgroupRule('c 1:3 rwm')).toEqual({ allow: true, type: 'c', major: 1, minor: 3, access: 'rwm' })
    expect(parseDeviceCgroupRule('b *:* m')).toEqual({ allow: true, type: 'b', major: -1, minor: -1, access: 'm' })
    expect(parseDeviceCgroupRule('a *:* rwm')).toEqual({ allow: true, type: 'a', major: -1, minor: -1, access: 'rwm' })
    for (const bad of ['c 1:3', 'c 1:3 rwx', 'x 1:3 r', 'c a:3 r', 'c 1 r', 'c 1:3 rwmr', 'c 99999999999:1 r', '']) expect(parseDeviceCgroupRule(bad)).toBeNull()
  })

  it("user rules go between docker's list and runc's appended list, in order", () => {
    const extra = [allowDevice('c', 60, 0, 'r'), parseDeviceCgroupRule('c 10:229 rwm')!]
    const rules = dockerDeviceRules(extra).map(formatDeviceRule)
    expect(rules.slice(0, 10)).toEqual(['a', 'c 1:5 rwm', 'c 1:3 rwm', 'c 1:9 rwm', 'c 1:8 rwm', 'c 5:0 rwm', 'c 5:1 rwm', 'c 10:229 rwm', 'c 60:0 r', 'c 10:229 rwm'])
    expect(rules.slice(10)).toEqual(['c *:* m', 'b *:* m', 'c 1:7 rwm', 'c 136:* rwm', 'c 5:2 rwm', 'c 10:200 rwm'])
    expect(dockerDeviceRules()).toHaveLength(14)
  })

  it('a device with r only is readable, not writable; fuse becomes allowed by an explicit rule', () => {
    const state = show(dockerDeviceRules([allowDevice('c', 60, 0, 'r'), parseDeviceCgroupRule('c 10:229 rwm')!]))
    expect(state).toContain('c 60:0 2') // DEVCG_ACC_READ only
    expect(state).toContain('c 10:229 7')
  })

  it('permissions never narrow a default: --device /dev/zero:/z:r keeps c 1:5 rwm (docker does the same)', () => {
    expect(show(dockerDeviceRules([allowDevice('c', 1, 5, 'r')]))).toContain('c 1:5 7')
  })

  it('wildcard majors/minors and a *:* rwm (allow all, later allows are no-ops)', () => {
    expect(show(dockerDeviceRules([parseDeviceCgroupRule('c 42:* rw')!]))).toContain('c 42:-1 6')
    const all = emulateDeviceRules(dockerDeviceRules([parseDeviceCgroupRule('a *:* rwm')!]))
    expect(all).toEqual({ defaultAllow: true, exceptions: [] })
  })

  it('the merged rules compile to a filter (v2) like the defaults do', () => {
    const plain = compileDeviceFilter(dockerDeviceRules())
    const more = compileDeviceFilter(dockerDeviceRules([allowDevice('b', 7, 0, 'rw')]))
    expect(more.length).toBeGreaterThan(plain.length)
    expect(more.length % 8).toBe(0)
  })
})
