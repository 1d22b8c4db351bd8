import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMIT_OPTIONS, emitYaml } from '../../src/model/yaml-emitter.js'
import { loadYamlLibrary } from '../../src/load/yaml-library.js'
import { loadProject } from '../../src/load/load-project.js'
import { toPrintable } from '../../src/model/printable.js'

/*
 * emitYaml must write exactly what the `yaml` library's stringify writes with the options
 * `config` uses: on every golden model and on generated trees with awkward scalars.
 */
const yaml = await loadYamlLibrary()
const reference = (v: unknown) => yaml.stringify(v, EMIT_OPTIONS)

describe('yaml emitter = yaml.stringify', () => {
  it('on every golden model', async () => {
    const root = join(import.meta.dirname, '..', 'golden')
    const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'compose.yaml')))
    for (const name of cases) {
      const dir = join(root, name)
      const optsFile = join(dir, 'options.json')
      const extra = existsSync(optsFile) ? JSON.parse(readFileSync(optsFile, 'utf8')) as Record<string, unknown> : {}
      const project = await loadProject({ cwd: dir, processEnv: { HOME: '/home/user', FROM_HOST: 'host-value', SECRET_FROM_ENV: 's3cret' }, ...extra })
      const printable = toPrintable(project.model)
      expect(emitYaml(printable), name).toBe(reference(printable))
    }
  })

  it('on generated trees', () => {
    const text = fc.oneof(
      fc.constantFrom('', ' ', 'a', 'yes', 'No', 'on', 'null', '~', 'y', 'true', '0', '012', '0x1F', '1e3', '.inf', '1_000', '12:30',
        '2001-12-14', '<<', 'e5', 'E+1', '.5', '0b1', '1:20', '-', '- a', '? x', 'a: b', 'a:b', 'a #b', 'a#b', '#x', '/x y', 'a\nb', 'a\n', '\na', ' a', 'a ', 'a\tb',
        'é', '"q"', "'q'", '%x', '---', '...', '@x', '`x`', '!x', '&x', '*x', '|', '>', '[x]', '{x}', 'a, b', 'x\n\ny', 'x\n  y\n'),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: fc.constantFrom('0', '1', '7', '8', '9'), minLength: 1, maxLength: 6 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '/', '.', ':', ' ', '-', '#', '\n', '0', '9', '_', '=', '$', "'", '"'), maxLength: 10 }),
    )
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(-0), fc.constant({}), fc.constant([]))
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 3 }), fc.dictionary(text, tie('tree'), { maxKeys: 3 })),
    }))
    fc.assert(fc.property(fc.dictionary(text, tree, { minKeys: 1, maxKeys: 4 }), (doc) => {
      expect(emitYaml(doc)).toBe(reference(doc))
    }), { numRuns: Number(process.env.FC_RUNS ?? 2000), seed: Number(process.env.FC_SEED ?? 20240611) })
  })
})
