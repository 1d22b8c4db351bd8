import { INVALID_SIZE, invalidValue } from './invalid.js'

// docker's RAMInBytes (go-units): binary multiples, one optional unit letter, an optional
// "i" and an optional "b", case-insensitive, an optional single space before the unit.
const SIZE = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i
const UNIT: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 }

/**
 * Parses a memory size the way `docker run --memory` does: `512m`, `1g`, `1.5GB`, `100kib`,
 * `2048` (bytes). Numbers pass through when they are non-negative integers. Fractions are
 * truncated after scaling, like go-units' int64 conversion.
 */
export function parseBytes(value: string | number, what = 'memory size'): number {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value
    throw invalidValue(INVALID_SIZE, `invalid ${what} ${value}: expected a non-negative whole number of bytes`)
  }
  const m = SIZE.exec(value.trim())
  const n = m ? Number(m[1]) : NaN
  if (!m || !Number.isFinite(n)) {
    throw invalidValue(
      INVALID_SIZE,
      `invalid ${what} ${JSON.stringify(value)}: expected a number with an optional unit b, k, m, g`,
      'for example 512m or 1.5g',
    )
  }
  const bytes = Math.floor(n * UNIT[(m[2] ?? '').toLowerCase()]!)
  if (!Number.isSafeInteger(bytes)) throw invalidValue(INVALID_SIZE, `invalid ${what} ${JSON.stringify(value)}: too large`)
  return bytes
}

/** `--memory-swap`: like parseBytes, but `-1` means unlimited swap and is returned as -1. */
export function parseMemorySwap(value: string | number): number {
  if (value === -1 || (typeof value === 'string' && value.trim() === '-1')) return -1
  return parseBytes(value, 'memory-swap size')
}

/** Formats bytes the way `docker stats` does (binary units, two decimals): `1.5GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v : v.toFixed(2).replace(/\.?0+$/, '')}${units[i]}`
}
