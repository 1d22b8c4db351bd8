import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import command from '../../src/commands/dashboard.js'
import type { CommandContext } from '../../src/command.js'

const src = join(import.meta.dirname, '../../src')

function ctx(options: Record<string, unknown>, tty: boolean): CommandContext {
  const stream = { isTTY: tty, write: () => true } as unknown as NodeJS.WriteStream
  return {
    args: { options: options as never, positionals: [] },
    global: { debug: false, files: [], profiles: [], envFiles: [], dryRun: false },
    env: {},
    cwd: '/nonexistent',
    stdout: stream,
    stderr: stream,
    stdin: { isTTY: tty } as unknown as NodeJS.ReadStream,
  }
}

describe('dashboard command', () => {
  it('refuses to run without a terminal, and rejects bad flags, before loading anything', async () => {
    await expect(command.run(ctx({}, false))).rejects.toMatchObject({ code: 'CLI_USAGE', message: expect.stringContaining('needs a terminal') })
    await expect(command.run(ctx({ tail: -1 }, true))).rejects.toMatchObject({ message: 'invalid --tail value "-1": expected a whole number' })
    await expect(command.run(ctx({ interval: 0 }, true))).rejects.toMatchObject({ message: expect.stringContaining('invalid --interval value "0"') })
  })

  it('keeps Ink and React out of start-up: static imports only of light modules, no other command imports the dashboard', () => {
    const staticImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import (?!type)[^\n]* from '([^']+)'/gm)].map((m) => m[1]!)
    expect(staticImports(join(src, 'commands/dashboard.ts')).sort()).toEqual(['../args.js', '../compose-session.js', '../service-target.js'])
    for (const f of readdirSync(join(src, 'commands'))) {
      expect(staticImports(join(src, 'commands', f)).filter((m) => /dashboard|^ink|^react/.test(m)), f).toEqual([])
    }
  })
})
