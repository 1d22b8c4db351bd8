import { describe, expect, it } from 'vitest'
import { ComposeFileError, applyProfiles, parseComposeYaml, profilesFromEnv } from '../../src/index.js'

const model = parseComposeYaml([
  'services:',
  '  web: {image: web}',
  '  mock-backend: {image: backend, profiles: [dev], depends_on: [db]}',
  '  db: {image: mysql, profiles: [dev]}',
  '  phpmyadmin: {image: pma, profiles: [debug], depends_on: [db]}',
  '  tools: {image: t, profiles: [tools, debug]}',
  '',
].join('\n'), 'c.yaml').doc as Record<string, unknown>

const names = (r: ReturnType<typeof applyProfiles>) => Object.keys(r.model.services as object)

describe('applyProfiles', () => {
  it('enables only services without profiles by default', () => {
    const r = applyProfiles(model, [])
    expect(names(r)).toEqual(['web'])
    expect(r.disabled).toEqual({ 'mock-backend': ['dev'], db: ['dev'], phpmyadmin: ['debug'], tools: ['tools', 'debug'] })
  })

  it('enables services of active profiles', () => {
    expect(names(applyProfiles(model, ['dev']))).toEqual(['web', 'mock-backend', 'db'])
    expect(names(applyProfiles(model, ['tools']))).toEqual(['web', 'tools'])
  })

  it('"*" enables everything', () => {
    expect(names(applyProfiles(model, ['*']))).toHaveLength(5)
  })

  it('a targeted service activates its profiles (and so the services sharing them)', () => {
    const r = applyProfiles(model, [], ['mock-backend'])
    expect(r.activeProfiles).toEqual(['dev'])
    expect(names(r)).toEqual(['web', 'mock-backend', 'db'])
  })

  it("a targeted service does not activate its dependencies' profiles: docker compose's error", () => {
    try {
      applyProfiles(model, [], ['phpmyadmin'])
      expect.unreachable()
    } catch (e) {
      expect((e as ComposeFileError).code).toBe('COMPOSE_SERVICE_DISABLED')
      expect((e as Error).message).toBe('service "db" is required by "phpmyadmin" but is disabled. Can be enabled by profiles [dev]')
    }
    expect(names(applyProfiles(model, ['dev'], ['phpmyadmin']))).toEqual(['web', 'mock-backend', 'db', 'phpmyadmin', 'tools'])
  })

  it('an optional dependency on a disabled service stays (compose-go WithProfiles)', () => {
    const m = parseComposeYaml(
      'services:\n  web: {image: w, depends_on: {db: {condition: service_started, required: false}, cache: {condition: service_started}}}\n  db: {image: d, profiles: [x]}\n  cache: {image: c}\n',
      'c.yaml',
    ).doc as Record<string, unknown>
    const r = applyProfiles(m, [])
    expect((r.model.services as any).web.depends_on).toEqual({
      db: { condition: 'service_started', required: false }, cache: { condition: 'service_started' },
    })
  })

  it('non-strict mode leaves dependency errors to the consistency checks', () => {
    expect(names(applyProfiles(model, [], ['phpmyadmin'], { strict: false }))).toEqual(['web', 'phpmyadmin', 'tools'])
  })

  it('network_mode/links/volumes_from to a disabled service are errors too', () => {
    const m = parseComposeYaml(
      'services:\n  web: {image: w, network_mode: "service:vpn"}\n  vpn: {image: v, profiles: [x]}\n',
      'c.yaml',
    ).doc as Record<string, unknown>
    expect(() => applyProfiles(m, [])).toThrowError('service "vpn" is required by "web" but is disabled')
  })

  it('an unknown targeted service is an error', () => {
    expect(() => applyProfiles(model, [], ['nope'])).toThrowError('no such service: nope')
  })

  it('parses COMPOSE_PROFILES', () => {
    expect(profilesFromEnv('a, b,,c ')).toEqual(['a', 'b', 'c'])
    expect(profilesFromEnv(undefined)).toEqual([])
  })
})
