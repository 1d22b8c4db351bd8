import * as compose from '@tsc-compose/compose'
import { describe, expect, it, vi } from 'vitest'
import type { IncomingLine } from '../../src/dashboard/log-buffer.js'
import { followDashboardLogs } from '../../src/dashboard/log-follow.js'
import { state } from './fixtures.js'
import { FakeRuntime } from './fake-runtime.js'

describe('followDashboardLogs', () => {
  it('starts from the tail, prefixes by source, and resumes after a stop/start without gap or repeat', async () => {
    const rt = new FakeRuntime()
    const web = rt.add('demo', 'web', 1)
    const db = rt.add('demo', 'db', 1)
    rt.log(web, 'old')
    rt.log(web, 'web 1')
    rt.log(db, 'db 1')
    const lines: IncomingLine[] = []
    const errors: unknown[] = []
    const ac = new AbortController()
    const done = followDashboardLogs({ project: 'demo', runtime: rt, compose, tail: 1, signal: ac.signal, discoverMs: 10, onLine: (l) => lines.push(l), onError: (e) => errors.push(e) })
    const texts = () => lines.map((l) => `${l.source}: ${l.text.trim()}`)
    await vi.waitFor(() => expect(texts().sort()).toEqual(['db-1: db 1', 'web-1: web 1']))

    rt.log(web, 'web 2')
    await vi.waitFor(() => expect(texts()).toContain('web-1: web 2'))
    await rt.containers.stop(web.id)
    rt.log(web, 'written while stopping')
    // The stopped container's reader ends; the container is started again and writes.
    await new Promise((r) => setTimeout(r, 50))
    await rt.containers.start(web.id)
    rt.log(web, 'web 3')
    await vi.waitFor(() => expect(texts()).toContain('web-1: web 3'))
    const webLines = texts().filter((t) => t.startsWith('web-1'))
    expect(webLines).toEqual(['web-1: web 1', 'web-1: web 2', 'web-1: written while stopping', 'web-1: web 3'])
    ac.abort()
    await done
    expect(errors).toEqual([])
  })

  it('follows only the selected services, and reports discovery errors without stopping', async () => {
    const rt = new FakeRuntime()
    const web = rt.add('demo', 'web', 1)
    const db = rt.add('demo', 'db', 1, { state: state() })
    rt.log(web, 'w')
    rt.log(db, 'd')
    const lines: IncomingLine[] = []
    const errors: string[] = []
    const ac = new AbortController()
    let fail = 0
    const list = rt.containers.list
    rt.containers.list = (f) => (fail-- > 0 ? (() => { throw new Error('state root busy') })() : list(f))
    const done = followDashboardLogs({ project: 'demo', runtime: rt, compose, services: new Set(['db']), tail: 10, signal: ac.signal, discoverMs: 10, onLine: (l) => lines.push(l), onError: (e) => errors.push((e as Error).message) })
    await vi.waitFor(() => expect(lines.map((l) => l.text)).toEqual(['d\n']))
    fail = 1
    await vi.waitFor(() => expect(errors).toEqual(['state root busy']))
    rt.log(db, 'd2')
    await vi.waitFor(() => expect(lines.map((l) => l.text)).toEqual(['d\n', 'd2\n']))
    ac.abort()
    await done
  })
})
