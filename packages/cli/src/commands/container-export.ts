import { createWriteStream, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Command, CommandContext } from '../command.js'
import { UsageError } from '../args.js'

/** docker's refusal to write a tar onto a terminal (exit 1, not a usage error). */
export class TerminalOutputError extends Error {
  readonly code = 'CLI_TERMINAL_OUTPUT'
  readonly exitCode = 1
}

/**
 * Writes a tar to `-o FILE` (through a temporary file in the same directory, renamed into
 * place once complete, so a failed export never leaves half a tar under the real name, as
 * docker's CopyToFile does), or to stdout when it is not a terminal.
 */
export async function writeTarOutput(ctx: CommandContext, output: string | undefined, refusal: string, write: (out: NodeJS.WritableStream, end: boolean) => Promise<void>): Promise<void> {
  if (output === undefined || output === '-') {
    if (ctx.stdout.isTTY) throw new TerminalOutputError(refusal)
    await write(ctx.stdout, false)
    return
  }
  const dest = resolve(ctx.cwd, output)
  const tmp = join(dirname(dest), `.${basename(dest)}.tmp-${process.pid}`)
  const file = createWriteStream(tmp, { mode: 0o644 })
  try {
    await write(file, true)
    renameSync(tmp, dest)
  } catch (err) {
    file.destroy()
    rmSync(tmp, { force: true })
    const code = (err as NodeJS.ErrnoException).code
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new Error(`failed to export container: ${code === 'ENOENT' ? `no such directory: ${dirname(output)}` : `${output}: ${code}`}`)
    throw err
  }
}

const command: Command = {
  name: 'container export',
  summary: "Export a container's filesystem as a tar archive",
  usage: '[OPTIONS] CONTAINER',
  options: {
    output: { type: 'string', short: 'o', description: 'Write to a file, instead of STDOUT', valueName: 'FILE' },
  },
  async run(ctx) {
    const refs = ctx.args.positionals
    if (refs.length !== 1) throw new UsageError('"container export" requires exactly 1 argument')
    const [{ exportContainer }, { runtimeOf }] = await Promise.all([import('@tsc-compose/runtime'), import('./container-create.js')])
    const rt = runtimeOf(ctx)
    // Resolved first: a missing container is its own error, not a refusal to write a terminal.
    const id = rt.containers.get(refs[0]!).Id
    await writeTarOutput(ctx, ctx.args.options.output as string | undefined, 'cowardly refusing to save to a terminal. Use the -o flag or redirect', (out, end) => exportContainer(rt, id, out, { end }))
    return 0
  },
}
export default command
