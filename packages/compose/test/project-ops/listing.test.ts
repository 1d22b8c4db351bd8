import { describe, expect, it } from 'vitest'
import { combinedStatus, listProjects } from '../../src/project-ops/list-projects.js'
import { composeEventJson, formatComposeEvent, toComposeEvent } from '../../src/project-ops/project-events.js'

const row = (project: string, State: string, files = `/p/${project}/compose.yaml`) => ({ State, labels: { 'com.docker.compose.project': project, 'com.docker.compose.project.config_files': files } })

describe('ls', () => {
  it('counts states like docker compose', () => {
    expect(combinedStatus(['running', 'exited', 'running'])).toBe('exited(1), running(2)')
  })
  it('lists running projects, or all with -a, sorted, config files deduplicated', () => {
    const rows = [row('b', 'running'), row('a', 'exited'), row('b', 'exited', '/p/b/compose.yaml,/p/b/override.yaml'), { State: 'running', labels: {} }]
    expect(listProjects(rows)).toEqual([{ Name: 'b', Status: 'running(1)', ConfigFiles: '/p/b/compose.yaml' }])
    expect(listProjects(rows, { all: true })).toEqual([
      { Name: 'a', Status: 'exited(1)', ConfigFiles: '/p/a/compose.yaml' },
      { Name: 'b', Status: 'exited(1), running(1)', ConfigFiles: '/p/b/compose.yaml,/p/b/override.yaml' },
    ])
  })
})

describe('events', () => {
  const e = (attrs: Record<string, string>, type = 'container') => ({
    time: 1700000000, timeNano: 1700000000123456789, type, action: 'start', id: 'abc', name: 'p-web-1',
    attributes: { 'com.docker.compose.project': 'p', 'com.docker.compose.service': 'web', 'com.docker.compose.oneoff': 'False', image: 'bb', name: 'p-web-1', ...attrs },
  })
  it('keeps container events of the project, drops one-offs and compose labels', () => {
    expect(toComposeEvent(e({}), 'p')).toEqual({ timeNano: 1700000000123456789, service: 'web', container: 'abc', action: 'start', attributes: { image: 'bb', name: 'p-web-1' } })
    expect(toComposeEvent(e({}), 'other')).toBeUndefined()
    expect(toComposeEvent(e({ 'com.docker.compose.oneoff': 'True' }), 'p')).toBeUndefined()
    expect(toComposeEvent(e({}, 'volume'), 'p')).toBeUndefined()
    expect(toComposeEvent(e({}), 'p', new Set(['db']))).toBeUndefined()
  })
  it('prints docker compose text and json shapes', () => {
    const ev = toComposeEvent(e({}), 'p')!
    expect(formatComposeEvent(ev)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.123456 container start abc \(image=bb, name=p-web-1\)$/)
    const json = composeEventJson(ev)
    expect(Object.keys(json)).toEqual(['time', 'type', 'service', 'id', 'action', 'attributes'])
    expect(json.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.1234567\d*(Z|[+-]\d\d:\d\d)$/)
  })
})
