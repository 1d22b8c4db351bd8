import { describe, expect, it } from 'vitest'
import { ComposeFileError, mergeComposeFiles, parseComposeYaml } from '../../src/index.js'

const y = (text: string) => parseComposeYaml(text, 'x.yaml').doc
const merge = (base: string, override: string) => mergeComposeFiles(y(base), y(override))

// [name, base, override, expected] — all compose YAML, compared after parsing.
const TRIPLES: [string, string, string, string][] = [
  ['scalars are replaced',
    'services: {web: {image: a, restart: always}}',
    'services: {web: {image: b}}',
    'services: {web: {image: b, restart: always}}'],
  ['new services are added',
    'services: {web: {image: a}}',
    'services: {db: {image: pg}}',
    'services: {web: {image: a}, db: {image: pg}}'],
  ['nested mappings merge',
    'services: {web: {deploy: {resources: {limits: {cpus: "1"}}}}}',
    'services: {web: {deploy: {resources: {limits: {memory: 1g}}}}}',
    'services: {web: {deploy: {resources: {limits: {cpus: "1", memory: 1g}}}}}'],
  ['command is replaced, not appended',
    'services: {web: {command: [a, b]}}',
    'services: {web: {command: [c]}}',
    'services: {web: {command: [c]}}'],
  ['entrypoint string replaces list',
    'services: {web: {entrypoint: [sh, -c]}}',
    'services: {web: {entrypoint: bash}}',
    'services: {web: {entrypoint: bash}}'],
  ['healthcheck.test is replaced, the rest merges',
    'services: {web: {healthcheck: {test: [CMD, a], interval: 5s}}}',
    'services: {web: {healthcheck: {test: [CMD-SHELL, b]}}}',
    'services: {web: {healthcheck: {test: [CMD-SHELL, b], interval: 5s}}}'],
  ['ports merge by ip:published:target/protocol',
    'services: {web: {ports: ["80:80", "443:443"]}}',
    'services: {web: {ports: ["80:80", "8080:8080"]}}',
    'services: {web: {ports: ["80:80", "443:443", "8080:8080"]}}'],
  ['long ports with the same key replace in place',
    'services: {web: {ports: [{target: 80, published: "8080", mode: ingress}]}}',
    'services: {web: {ports: [{target: 80, published: "8080", mode: host}]}}',
    'services: {web: {ports: [{target: 80, published: "8080", mode: host}]}}'],
  ['expose de-duplicates',
    'services: {web: {expose: ["80", 81]}}',
    'services: {web: {expose: [81, "82"]}}',
    'services: {web: {expose: ["80", 81, "82"]}}'],
  ['volumes merge by target',
    'services: {web: {volumes: ["./a:/data", "cache:/cache"]}}',
    'services: {web: {volumes: ["./b:/data:ro"]}}',
    'services: {web: {volumes: ["./b:/data:ro", "cache:/cache"]}}'],
  ['long volume replaces short one with same target',
    'services: {web: {volumes: ["./a:/data"]}}',
    'services: {web: {volumes: [{type: volume, source: v, target: /data}]}}',
    'services: {web: {volumes: [{type: volume, source: v, target: /data}]}}'],
  ['configs merge by target (default /<name>)',
    'services: {web: {configs: [a, {source: b, target: /etc/b}]}}',
    'services: {web: {configs: [{source: c, target: /a}, b]}}',
    'services: {web: {configs: [{source: c, target: /a}, {source: b, target: /etc/b}, b]}}'],
  ['environment map + map merges as KEY=VALUE',
    'services: {web: {environment: {A: "1", B: "2"}}}',
    'services: {web: {environment: {B: "3"}}}',
    'services: {web: {environment: ["A=1", "B=3"]}}'],
  ['environment list + map, later wins',
    'services: {web: {environment: ["A=1", "B"]}}',
    'services: {web: {environment: {B: x, C: null}}}',
    'services: {web: {environment: ["A=1", "B=x", "C"]}}'],
  ['labels in networks merge',
    'networks: {n: {labels: {a: "1"}}}',
    'networks: {n: {labels: ["b=2"]}}',
    'networks: {n: {labels: ["a=1", "b=2"]}}'],
  ['dns string + string becomes a list',
    'services: {web: {dns: 1.1.1.1}}',
    'services: {web: {dns: 8.8.8.8}}',
    'services: {web: {dns: [1.1.1.1, 8.8.8.8]}}'],
  ['depends_on list + map converts to mapping with defaults',
    'services: {web: {depends_on: [db]}}',
    'services: {web: {depends_on: {cache: {condition: service_healthy}}}}',
    'services: {web: {depends_on: {db: {condition: service_started, required: true}, cache: {condition: service_healthy}}}}'],
  ['depends_on same dependency merges its options',
    'services: {web: {depends_on: {db: {condition: service_started}}}}',
    'services: {web: {depends_on: {db: {condition: service_healthy, restart: true}}}}',
    'services: {web: {depends_on: {db: {condition: service_healthy, restart: true}}}}'],
  ['build string then mapping',
    'services: {web: {build: ./app}}',
    'services: {web: {build: {dockerfile: Dockerfile.dev}}}',
    'services: {web: {build: {context: ./app, dockerfile: Dockerfile.dev}}}'],
  ['logging with another driver replaces everything',
    'services: {web: {logging: {driver: json-file, options: {max-size: 1m}}}}',
    'services: {web: {logging: {driver: syslog}}}',
    'services: {web: {logging: {driver: syslog}}}'],
  ['ulimits entries are replaced',
    'services: {web: {ulimits: {nofile: {soft: 1, hard: 2}}}}',
    'services: {web: {ulimits: {nofile: 5}}}',
    'services: {web: {ulimits: {nofile: 5}}}'],
  ['x- extensions merge like mappings',
    'x-common: {a: 1, b: 2}',
    'x-common: {b: 3}',
    'x-common: {a: 1, b: 3}'],
  ['null override keeps the base value',
    'services: {web: {image: a, labels: {a: b}}}',
    'services: {web: {labels: null}}',
    'services: {web: {image: a, labels: ["a=b"]}}'],
  ['!reset removes a key',
    'services: {web: {image: a, ports: ["80:80"]}}',
    'services: {web: {ports: !reset []}}',
    'services: {web: {image: a}}'],
  ['!reset removes a whole service',
    'services: {web: {image: a}, db: {image: b}}',
    'services: {db: !reset null}',
    'services: {web: {image: a}}'],
  ['!override replaces a sequence instead of merging it',
    'services: {web: {ports: ["80:80", "443:443"]}}',
    'services: {web: {ports: !override ["8080:80"]}}',
    'services: {web: {ports: ["8080:80"]}}'],
  ['!override replaces a mapping instead of merging it',
    'services: {web: {environment: {A: "1", B: "2"}}}',
    'services: {web: {environment: !override {C: "3"}}}',
    'services: {web: {environment: {C: "3"}}}'],
  ['markers in a first file only are stripped',
    '{}',
    'services: {web: {image: a, dns: !reset [], ports: !override ["1:1"]}}',
    'services: {web: {image: a, ports: ["1:1"]}}'],
  ['networks list + mapping',
    'services: {web: {networks: [a, b]}}',
    'services: {web: {networks: {b: {aliases: [x]}, c: null}}}',
    'services: {web: {networks: {a: null, b: {aliases: [x]}, c: null}}}'],
  ['secrets by target (default /run/secrets/<name>)',
    'services: {web: {secrets: [s1, s2]}}',
    'services: {web: {secrets: [{source: s3, target: s1}, s2]}}',
    'services: {web: {secrets: [s1, s2, {source: s3, target: s1}]}}'],
  ['profiles de-duplicate',
    'services: {web: {profiles: [a, b]}}',
    'services: {web: {profiles: [b, c]}}',
    'services: {web: {profiles: [a, b, c]}}'],
]

describe('mergeComposeFiles', () => {
  it.each(TRIPLES)('%s', (_name, base, override, expected) => {
    expect(merge(base, override)).toEqual(y(expected))
  })

  it('has at least 20 own cases', () => expect(TRIPLES.length).toBeGreaterThanOrEqual(20))

  it('does not modify its inputs', () => {
    const base = y('services: {web: {ports: ["80:80"], environment: {A: "1"}}}')
    const over = y('services: {web: {ports: ["81:81"], environment: {A: "2"}}}')
    const snapshot = JSON.stringify([base, over])
    mergeComposeFiles(base, over)
    expect(JSON.stringify([base, over])).toBe(snapshot)
  })

  it('refuses to merge a mapping with a sequence', () => {
    expect(() => merge('services: {web: {healthcheck: {test: [x]}}}', 'services: {web: {healthcheck: [x]}}'))
      .toThrowError(ComposeFileError)
    try {
      merge('services: {web: {healthcheck: {test: [x]}}}', 'services: {web: {healthcheck: [x]}}')
    } catch (e) {
      expect((e as ComposeFileError).code).toBe('COMPOSE_MERGE_CONFLICT')
      expect((e as Error).message).toContain('services.web.healthcheck')
    }
  })

  it('merges three files left to right', () => {
    const a = y('services: {web: {image: a, ports: ["1:1"]}}')
    const b = y('services: {web: {ports: ["2:2"]}}')
    const c = y('services: {web: {image: c, ports: !override ["3:3"]}}')
    expect(mergeComposeFiles(mergeComposeFiles(a, b), c)).toEqual(y('services: {web: {image: c, ports: ["3:3"]}}'))
  })

  it('treats a missing or empty override as identity (plus de-duplication)', () => {
    const a = y('services: {web: {image: a, dns: [x, x]}}')
    expect(mergeComposeFiles(a, null)).toEqual(y('services: {web: {image: a, dns: [x]}}'))
    expect(mergeComposeFiles(a, {})).toEqual(y('services: {web: {image: a, dns: [x]}}'))
  })
})
