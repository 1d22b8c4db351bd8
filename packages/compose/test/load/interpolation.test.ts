import { describe, expect, it } from 'vitest'
import { ComposeFileError, interpolate, interpolateString, parseComposeYaml, OverrideTag, ResetTag } from '../../src/index.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'

// Positions (located errors) come from the `yaml` library, loaded on demand.
await loadYamlLibrary()

const ENV: Record<string, string> = {
  FOO: 'foo',
  BAR: 'bar',
  EMPTY: '',
  SPACE: ' ',
  DOLLAR: '$HOME',
  BRACES: '${NOPE}',
  lower: 'low',
  _U: 'under',
  V1: 'one',
  PORT: '8080',
  JSON: '{"a":1}',
  MULTI: 'a\nb',
}
const lookup = (n: string) => (Object.hasOwn(ENV, n) ? ENV[n] : undefined)

// [template, expected, warnings (unset variables actually used)]
const OK: [string, string, number?][] = [
  ['', ''],
  ['plain text', 'plain text'],
  ['$FOO', 'foo'],
  ['${FOO}', 'foo'],
  ['$FOO$BAR', 'foobar'],
  ['${FOO}${BAR}', 'foobar'],
  ['$FOO.$BAR', 'foo.bar'],
  ['$FOO-$BAR', 'foo-bar'],
  ['pre-$FOO-post', 'pre-foo-post'],
  ['$FOObar', '', 1],
  ['${FOO}bar', 'foobar'],
  ['$lower', 'low'],
  ['$_U', 'under'],
  ['$V1', 'one'],
  ['$1', '$1'],
  ['$-', '$-'],
  ['$ ', '$ '],
  ['a$', 'a$'],
  ['$$', '$'],
  ['$$$$', '$$'],
  ['$$FOO', '$FOO'],
  ['$$$FOO', '$foo'],
  ['$${FOO}', '${FOO}'],
  ['$$$${FOO}', '$${FOO}'],
  ['${UNSET}', '', 1],
  ['$UNSET', '', 1],
  ['${UNSET}${UNSET}', '', 2],
  ['${EMPTY}', ''],
  ['${SPACE}', ' '],
  ['${DOLLAR}', '$HOME'],
  ['${BRACES}', '${NOPE}'],
  ['${MULTI}', 'a\nb'],
  ['${UNSET:-d}', 'd'],
  ['${UNSET-d}', 'd'],
  ['${EMPTY:-d}', 'd'],
  ['${EMPTY-d}', ''],
  ['${FOO:-d}', 'foo'],
  ['${FOO-d}', 'foo'],
  ['${UNSET:-}', ''],
  ['${UNSET-}', ''],
  ['${UNSET:-a b c}', 'a b c'],
  ['${UNSET:-a:b}', 'a:b'],
  ['${UNSET:-a-b}', 'a-b'],
  ['${UNSET-a:-b}', 'a:-b'],
  ['${UNSET:-$FOO}', 'foo'],
  ['${UNSET:-${FOO}}', 'foo'],
  ['${UNSET:-${UNSET2:-deep}}', 'deep'],
  ['${UNSET:-${UNSET2:-${BAR}}}', 'bar'],
  ['${UNSET:-${UNSET2}}', '', 1],
  ['${FOO:-${UNSET2}}', 'foo', 0],
  ['${UNSET:-$$}', '$'],
  ['${UNSET:-$${X}}', '${X}'],
  ['${UNSET:-x}${FOO}', 'xfoo'],
  ['${UNSET:-x} and ${BAR:-y}', 'x and bar'],
  ['${FOO:+alt}', 'alt'],
  ['${FOO+alt}', 'alt'],
  ['${EMPTY:+alt}', ''],
  ['${EMPTY+alt}', 'alt'],
  ['${UNSET:+alt}', ''],
  ['${UNSET+alt}', ''],
  ['${FOO:+${BAR}}', 'bar'],
  ['${UNSET:+${UNSET2}}', '', 0],
  ['${FOO:+[$FOO]}', '[foo]'],
  ['${FOO:?must}', 'foo'],
  ['${FOO?must}', 'foo'],
  ['${EMPTY?must}', ''],
  ['${FOO:?${UNSET2}}', 'foo', 0],
  ['${UNSET:-{"a":1}}', '{"a":1}'],
  ['${JSON:-{"b":2}}', '{"a":1}'],
  ['${UNSET:-{}}', '{}'],
  ['${UNSET:-}}', '}'],
  ['{${FOO}}', '{foo}'],
  ['}${FOO}{', '}foo{'],
  ['${PORT}:80', '8080:80'],
  ['${UNSET:-8000}:80', '8000:80'],
  ['postgres://${UNSET:-user}:${UNSET2:-pw}@db/${FOO}', 'postgres://user:pw@db/foo'],
  ['echo $$HOME ${FOO}', 'echo $HOME foo'],
  ['a${FOO}b${BAR}c', 'afoobbarc'],
  ['€${FOO}€', '€foo€'],
  ['$FOO\n$BAR', 'foo\nbar'],
  ['${lower:-x}', 'low'],
]

// [template, expected code, message fragment]
const BAD: [string, string, string][] = [
  ['${', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${1FOO}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${FOO', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${FOO:x}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${FOO.BAR}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${FOO-bar', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['ok ${FOO bar}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${UNSET:-${}}', 'COMPOSE_INVALID_INTERPOLATION', 'Invalid template'],
  ['${UNSET:?}', 'COMPOSE_MISSING_VARIABLE', 'required variable UNSET is missing a value'],
  ['${UNSET?}', 'COMPOSE_MISSING_VARIABLE', 'required variable UNSET is missing a value'],
  ['${EMPTY:?empty!}', 'COMPOSE_MISSING_VARIABLE', 'required variable EMPTY is missing a value: empty!'],
  ['${UNSET:?need ${FOO}}', 'COMPOSE_MISSING_VARIABLE', 'missing a value: need foo'],
  ['x ${UNSET:-${UNSET2:?inner}}', 'COMPOSE_MISSING_VARIABLE', 'required variable UNSET2'],
  ['${FOO:+${UNSET2?alt}}', 'COMPOSE_MISSING_VARIABLE', 'required variable UNSET2'],
]

describe('interpolateString', () => {
  it.each(OK)('%j -> %j', (template, expected, warnings) => {
    const warned: string[] = []
    expect(interpolateString(template, lookup, { warn: (n) => warned.push(n) })).toBe(expected)
    if (warnings !== undefined) expect(warned).toHaveLength(warnings)
  })

  it.each(BAD)('%j fails with %s', (template, code, fragment) => {
    let err: unknown
    try {
      interpolateString(template, lookup)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ComposeFileError)
    expect((err as ComposeFileError).code).toBe(code)
    expect((err as Error).message).toContain(fragment)
  })

  it('has at least 60 own cases', () => expect(OK.length + BAD.length).toBeGreaterThanOrEqual(60))
})

describe('interpolate (whole tree)', () => {
  const file = (text: string) => parseComposeYaml(text, '/p/compose.yaml')

  it('interpolates values, never keys, and leaves non-strings alone', () => {
    const p = file('services:\n  $FOO:\n    image: "${FOO}:${UNSET:-1}"\n    scale: 2\n    tty: true\n    x: null\n')
    expect(interpolate(p.doc, { lookup })).toEqual({
      services: { $FOO: { image: 'foo:1', scale: 2, tty: true, x: null } },
    })
  })

  it('warns once per unset variable name', () => {
    const warned: string[] = []
    const p = file('a: $X\nb: [$X, "${X}", $Y]\nc: {d: $X}\n')
    interpolate(p.doc, { lookup, warn: (n) => warned.push(n) })
    expect(warned).toEqual(['X', 'Y'])
  })

  it('names the variable, the key path and the position of a missing required variable', () => {
    const p = file('services:\n  web:\n    image: nginx\n    environment:\n      - PASSWORD=${DB_PASSWORD:?set it}\n')
    let err: ComposeFileError | undefined
    try {
      interpolate(p.doc, { lookup, locate: p.locate })
    } catch (e) {
      err = e as ComposeFileError
    }
    expect(err?.code).toBe('COMPOSE_MISSING_VARIABLE')
    expect(err?.message).toBe('error while interpolating services.web.environment[0]: required variable DB_PASSWORD is missing a value: set it')
    expect(err?.location).toEqual({ file: '/p/compose.yaml', line: 5, column: 9 })
  })

  it('reports an invalid template with its path and position', () => {
    const p = file('services:\n  web:\n    image: "nginx:${TAG"\n')
    try {
      interpolate(p.doc, { lookup, locate: p.locate })
      expect.unreachable()
    } catch (e) {
      const err = e as ComposeFileError
      expect(err.code).toBe('COMPOSE_INVALID_INTERPOLATION')
      expect(err.message).toContain('invalid interpolation format for services.web.image')
      expect(err.location).toMatchObject({ line: 3, column: 12 })
    }
  })

  it('casts typed fields as docker compose does', () => {
    const env = { N: '3', B: 'yes', P: '80' }
    const p = file([
      'services:',
      '  web:',
      '    scale: ${N}',
      '    privileged: ${B}',
      '    read_only: "false"',
      '    cpus: "1.5"',
      '    ports: [{target: "${P}", published: "${P}"}]',
      '    ulimits: {nproc: "65535", nofile: {soft: "1", hard: "2"}}',
      '    deploy: {replicas: "${N}"}',
      '    healthcheck: {retries: "5", disable: "off"}',
      '    environment: {X: "${N}"}',
      'networks: {n: {external: "true"}}',
      '',
    ].join('\n'))
    const notices: string[] = []
    const out = interpolate(p.doc, { lookup: (n) => env[n as keyof typeof env], notice: (m) => notices.push(m) }) as any
    const web = out.services.web
    expect(web.scale).toBe(3)
    expect(web.privileged).toBe(true)
    expect(web.read_only).toBe(false)
    expect(web.cpus).toBe(1.5)
    expect(web.ports[0]).toEqual({ target: 80, published: '80' })
    expect(web.ulimits).toEqual({ nproc: 65535, nofile: { soft: 1, hard: 2 } })
    expect(web.deploy.replicas).toBe(3)
    expect(web.healthcheck).toEqual({ retries: 5, disable: false })
    expect(web.environment.X).toBe('3')
    expect(out.networks.n.external).toBe(true)
    expect(notices).toHaveLength(2)
    expect(notices[0]).toContain('"yes" for boolean is not supported by YAML 1.2')
  })

  it('rejects a value that cannot be cast', () => {
    const p = file('services:\n  web:\n    scale: "${N:-many}"\n')
    expect(() => interpolate(p.doc, { lookup, locate: p.locate })).toThrowError(
      /error while interpolating services.web.scale: failed to cast to expected type/,
    )
  })

  it('can skip casts', () => {
    const p = file('services:\n  web:\n    scale: "2"\n')
    expect((interpolate(p.doc, { lookup, typeCast: false }) as any).services.web.scale).toBe('2')
  })

  it('goes through !override and keeps !reset markers', () => {
    const p = file('services:\n  web:\n    ports: !override ["${PORT}:80"]\n    dns: !reset []\n')
    const out = interpolate(p.doc, { lookup }) as any
    expect(out.services.web.ports).toBeInstanceOf(OverrideTag)
    expect(out.services.web.ports.value).toEqual(['8080:80'])
    expect(out.services.web.dns).toBeInstanceOf(ResetTag)
  })

  it('uses pathPrefix for casts and messages', () => {
    const out = interpolate({ scale: '4' }, { lookup, pathPrefix: ['services', 'api'] })
    expect(out).toEqual({ scale: 4 })
  })
})
