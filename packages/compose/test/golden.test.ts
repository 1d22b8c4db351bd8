import { readdirSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadProject } from '../src/load/load-project.js'
import { modelToYaml } from '../src/model/serialize.js'
import { loadYamlLibrary } from '../src/load/yaml-library.js'

/*
 * Golden files: each golden/<case>/ holds compose files (and .env) next to expected.yaml,
 * what `tsc-compose config` prints for them (docker compose's output modulo key order).
 * The case directory prints as /project so the files do not depend on the checkout path.
 * Update with `vitest -u` after checking the diff against docker compose.
 */
const root = join(import.meta.dirname, 'golden')
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'compose.yaml'))).sort()

const ENV = { HOME: '/home/user', FROM_HOST: 'host-value', SECRET_FROM_ENV: 's3cret' }

describe('config golden files', () => {
  beforeAll(async () => {
    await loadYamlLibrary()
  })
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })
  for (const name of cases) {
    it(name, async () => {
      const dir = join(root, name)
      const optsFile = join(dir, 'options.json')
      const extra = existsSync(optsFile) ? JSON.parse(readFileSync(optsFile, 'utf8')) as Record<string, unknown> : {}
      const project = await loadProject({ cwd: dir, processEnv: ENV, ...extra })
      const out = modelToYaml(project.model).replaceAll(dir, '/project')
      await expect(out).toMatchFileSnapshot(join(dir, 'expected.yaml'))
    })
  }
})
