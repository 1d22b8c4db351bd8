import { describe, expect, it } from 'vitest'
import { ComposeFileError, normalizeProjectName, resolveProjectName } from '../../src/index.js'

describe('project names', () => {
  it.each([
    ['myapp', 'myapp'],
    ['MyApp', 'myapp'],
    ['my app', 'myapp'],
    ['my.app_v2-x', 'myapp_v2-x'],
    ['__app', 'app'],
    ['-_-app', 'app'],
    ['app!', 'app'],
    ['Été', 't'],
    ['___', ''],
    ['123', '123'],
  ])('normalizeProjectName(%j) = %j', (input, out) => {
    expect(normalizeProjectName(input)).toBe(out)
  })

  it('precedence: -p, COMPOSE_PROJECT_NAME, name:, directory', () => {
    const env = { COMPOSE_PROJECT_NAME: 'fromenv' }
    expect(resolveProjectName({ flag: 'flag', env, topLevelName: 'top', dir: '/x/dir' })).toBe('flag')
    expect(resolveProjectName({ env, topLevelName: 'top', dir: '/x/dir' })).toBe('fromenv')
    expect(resolveProjectName({ env: {}, topLevelName: 'Top App', dir: '/x/dir' })).toBe('topapp')
    expect(resolveProjectName({ env: () => undefined, dir: '/x/My Project' })).toBe('myproject')
    expect(resolveProjectName({ env: {}, topLevelName: '', dir: '/x/dir' })).toBe('dir')
  })

  it('rejects an explicit name that is not already normalized, with docker compose\'s message', () => {
    for (const bad of ['MyApp', '_app', 'a b']) {
      try {
        resolveProjectName({ flag: bad, dir: '/x' })
        expect.unreachable()
      } catch (e) {
        expect((e as ComposeFileError).code).toBe('COMPOSE_INVALID_PROJECT_NAME')
        expect((e as Error).message).toBe(
          `invalid project name ${JSON.stringify(bad)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
        )
      }
    }
    expect(() => resolveProjectName({ env: { COMPOSE_PROJECT_NAME: 'Bad' }, dir: '/x' })).toThrowError(ComposeFileError)
  })

  it('an empty result is an error', () => {
    expect(() => resolveProjectName({ dir: '/' })).toThrowError('project name must not be empty')
    expect(() => resolveProjectName({ dir: '/x/___' })).toThrowError('project name must not be empty')
  })
})
