import { existsSync, readdirSync } from 'node:fs'

/** Every /sys/devices/system/cpu/cpu<N>/thermal_throttle the host has (masked since 2025-01). */
export function listThermalThrottle(sysRoot = '/sys'): string[] {
  const base = `${sysRoot}/devices/system/cpu`
  let names: string[]
  try {
    names = readdirSync(base)
  } catch {
    return []
  }
  return names
    .filter((n) => /^cpu\d+$/.test(n) && existsSync(`${base}/${n}/thermal_throttle`))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((n) => `/sys/devices/system/cpu/${n}/thermal_throttle`)
}
