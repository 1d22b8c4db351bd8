import { describe, expect, it } from 'vitest'
import { LogBuffer, rfc3339ToNs } from '../../src/dashboard/log-buffer.js'

const at = (s: number, ns = 0) => `2024-05-01T12:00:${String(s).padStart(2, '0')}.${String(ns).padStart(9, '0')}Z`
const line = (service: string, n: number, time: string, text = `${service} ${n}`) => ({ service, source: `${service}-1`, stream: 'stdout' as const, time, text: `${text}\n` })

describe('rfc3339ToNs', () => {
  it('keeps nanoseconds and zones', () => {
    expect(rfc3339ToNs('2024-05-01T12:00:00.000000001Z') - rfc3339ToNs('2024-05-01T12:00:00Z')).toBe(1n)
    expect(rfc3339ToNs('2024-05-01T12:00:00.5Z') - rfc3339ToNs('2024-05-01T12:00:00Z')).toBe(500_000_000n)
    expect(rfc3339ToNs('2024-05-01T14:00:00+02:00')).toBe(rfc3339ToNs('2024-05-01T12:00:00Z'))
    expect(rfc3339ToNs('garbage')).toBe(0n)
  })
})

describe('LogBuffer', () => {
  it('interleaves sources by time, not by arrival', () => {
    const b = new LogBuffer(10)
    b.push(line('web', 1, at(1)))
    b.push(line('web', 2, at(3)))
    b.push(line('db', 1, at(2)))
    expect(b.tail(10).map((l) => l.text)).toEqual(['web 1', 'db 1', 'web 2'])
    expect(b.tail(2).map((l) => l.text)).toEqual(['db 1', 'web 2'])
  })

  it('filters one service, and keeps a quiet service lines when another is chatty', () => {
    const b = new LogBuffer(5)
    b.push(line('db', 0, at(0), 'db ready'))
    for (let i = 0; i < 100; i++) b.push(line('web', i, at(1, i)))
    expect(b.tail(3, { service: 'db' }).map((l) => l.text)).toEqual(['db ready'])
    expect(b.tail(3, { service: 'web' }).map((l) => l.text)).toEqual(['web 97', 'web 98', 'web 99'])
    expect(b.lineCount).toBeLessThanOrEqual(1 + 5 * 1.25 + 1)
    expect(b.tail(0)).toEqual([])
  })

  it('sanitizes text, keeps the arrival order for equal times, and shows notes in every view', () => {
    const b = new LogBuffer(5)
    b.push(line('web', 1, at(1), '\x1b[32mgreen\x1b[0m'))
    b.push(line('web', 2, at(1), 'same time'))
    b.note('logs: boom', new Date(Date.parse(at(2))))
    expect(b.tail(5, { service: 'web' }).map((l) => l.text)).toEqual(['green', 'same time', 'logs: boom'])
    expect(b.sourceWidth()).toBe('(dashboard)'.length)
    expect(b.sourceWidth({ service: 'web' })).toBe('web-1'.length)
  })
})
