import { describe, expect, it } from 'vitest'
import { formatBytes, formatMemory, formatPercent, formatUptime, sanitizeLogText, truncate } from '../../src/dashboard/format.js'

describe('format', () => {
  it('uptime', () => {
    expect(formatUptime(0)).toBe('0s')
    expect(formatUptime(45_900)).toBe('45s')
    expect(formatUptime(5 * 60_000 + 3000)).toBe('5m03s')
    expect(formatUptime(3 * 3_600_000 + 12 * 60_000)).toBe('3h12m')
    expect(formatUptime(52 * 3_600_000)).toBe('2d04h')
    expect(formatUptime(-5)).toBe('0s')
  })
  it('bytes, memory and percent', () => {
    expect(formatBytes(512)).toBe('512B')
    expect(formatBytes(1536)).toBe('1.50KiB')
    expect(formatBytes(12.34 * 1024 * 1024)).toBe('12.3MiB')
    expect(formatBytes(256 * 1024 * 1024)).toBe('256MiB')
    expect(formatBytes(2 * 1024 ** 3)).toBe('2.00GiB')
    expect(formatMemory(1024 * 1024, 512 * 1024 * 1024)).toBe('1.00MiB / 512MiB')
    expect(formatMemory(undefined, undefined)).toBe('-')
    expect(formatPercent(0)).toBe('0.00%')
    expect(formatPercent(12.345)).toBe('12.35%')
    expect(formatPercent(250)).toBe('250.0%')
    expect(formatPercent(undefined)).toBe('-')
  })
  it('log text becomes one safe row', () => {
    expect(sanitizeLogText('\x1b[31merror\x1b[0m: boom\n')).toBe('error: boom')
    expect(sanitizeLogText('10%\r50%\r100%\r\n')).toBe('100%')
    expect(sanitizeLogText('a\tb\x07')).toBe('a    b')
    expect(sanitizeLogText('\x1b]0;title\x07hello')).toBe('hello')
  })
  it('truncate', () => {
    expect(truncate('hello', 10)).toBe('hello')
    expect(truncate('hello world', 5)).toBe('hell…')
    expect(truncate('hello', 1)).toBe('…')
    expect(truncate('hello', 0)).toBe('')
  })
})
