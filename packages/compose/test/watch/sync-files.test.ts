import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applySync, initialSyncMappings } from '../../src/project-ops/watch/sync-files.js'
import { watchRules } from '../../src/project-ops/watch/watch-rules.js'
import { fakeIo, project } from './fixtures.js'

let host: string
let root: string
beforeEach(() => {
  host = mkdtempSync(join(tmpdir(), 'tsc-sync-host-'))
  root = mkdtempSync(join(tmpdir(), 'tsc-sync-root-'))
})
afterEach(() => {
  rmSync(host, { recursive: true, force: true })
  rmSync(root, { recursive: true, force: true })
})

describe('applying a sync to a container root', () => {
  it('copies files with their mode, creating parents; replaces existing content', () => {
    writeFileSync(join(host, 'a.sh'), 'echo a\n', { mode: 0o755 })
    const n = applySync(root, [{ hostPath: join(host, 'a.sh'), containerPath: '/app/bin/a.sh' }])
    expect(n).toEqual({ copied: 1, deleted: 0 })
    expect(readFileSync(join(root, 'app/bin/a.sh'), 'utf8')).toBe('echo a\n')
    expect(lstatSync(join(root, 'app/bin/a.sh')).mode & 0o777).toBe(0o755)
    writeFileSync(join(host, 'a.sh'), 'echo b\n')
    applySync(root, [{ hostPath: join(host, 'a.sh'), containerPath: '/app/bin/a.sh' }])
    expect(readFileSync(join(root, 'app/bin/a.sh'), 'utf8')).toBe('echo b\n')
  })

  it('a host path that is gone is removed in the container (rm -rf)', () => {
    mkdirSync(join(root, 'app/old'), { recursive: true })
    writeFileSync(join(root, 'app/old/x'), 'x')
    writeFileSync(join(root, 'app/f'), 'f')
    const n = applySync(root, [{ hostPath: join(host, 'old'), containerPath: '/app/old' }, { hostPath: join(host, 'f'), containerPath: '/app/f' }])
    expect(n).toEqual({ copied: 0, deleted: 2 })
    expect(existsSync(join(root, 'app/old'))).toBe(false)
    expect(existsSync(join(root, 'app/f'))).toBe(false)
  })

  it('directories are copied whole, minus what the rules ignore; symlinks stay links', () => {
    mkdirSync(join(host, 'd/node_modules'), { recursive: true })
    writeFileSync(join(host, 'd/one'), '1')
    writeFileSync(join(host, 'd/node_modules/big'), 'x')
    symlinkSync('one', join(host, 'd/link'))
    applySync(root, [{ hostPath: join(host, 'd'), containerPath: '/srv/d' }], (p) => p.endsWith('node_modules'))
    expect(readFileSync(join(root, 'srv/d/one'), 'utf8')).toBe('1')
    expect(readlinkSync(join(root, 'srv/d/link'))).toBe('one')
    expect(existsSync(join(root, 'srv/d/node_modules'))).toBe(false)
  })

  it("a symlink in the container never sends the write outside its root", () => {
    const outside = mkdtempSync(join(tmpdir(), 'tsc-sync-outside-'))
    try {
      symlinkSync(outside, join(root, 'evil'))
      writeFileSync(join(host, 'f'), 'data')
      applySync(root, [{ hostPath: join(host, 'f'), containerPath: '/evil/f' }])
      expect(existsSync(join(outside, 'f'))).toBe(false)
      expect(readFileSync(join(root, outside, 'f'), 'utf8')).toBe('data')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('a file replaces a directory of the same name and the other way round', () => {
    mkdirSync(join(root, 'app/x'), { recursive: true })
    writeFileSync(join(host, 'x'), 'file now')
    applySync(root, [{ hostPath: join(host, 'x'), containerPath: '/app/x' }])
    expect(readFileSync(join(root, 'app/x'), 'utf8')).toBe('file now')
    rmSync(join(host, 'x'))
    mkdirSync(join(host, 'x'))
    writeFileSync(join(host, 'x/inner'), 'i')
    applySync(root, [{ hostPath: join(host, 'x'), containerPath: '/app/x' }])
    expect(readFileSync(join(root, 'app/x/inner'), 'utf8')).toBe('i')
  })
})

describe('initial_sync', () => {
  it('lists every file under the path except ignored ones, Dockerfiles and compose files', () => {
    mkdirSync(join(host, 'src/node_modules/m'), { recursive: true })
    mkdirSync(join(host, 'src/.git'), { recursive: true })
    writeFileSync(join(host, 'src/a.js'), '')
    writeFileSync(join(host, 'src/node_modules/m/i.js'), '')
    writeFileSync(join(host, 'src/.git/HEAD'), '')
    writeFileSync(join(host, 'src/Dockerfile'), '')
    writeFileSync(join(host, 'src/compose.yaml'), '')
    mkdirSync(join(host, 'src/lib'))
    writeFileSync(join(host, 'src/lib/b.js'), '')
    const p = { ...project({ web: { develop: { watch: [{ path: './src', action: 'sync', target: '/app', initial_sync: true, ignore: ['node_modules/'] }] } } }), workingDir: host }
    const rule = watchRules(p, [], fakeIo()).rules[0]!
    const got = initialSyncMappings(rule, p.model.services.web!).map((m) => m.containerPath).sort()
    expect(got).toEqual(['/app/a.js', '/app/lib/b.js'])
  })
})
