import type { CommandContext } from './command.js'
import { UsageError } from './args.js'

/**
 * docker's loop over `CONTAINER [CONTAINER...]` (kill, stop, rm, wait, volume rm, ...): act
 * on each reference in turn, print what it gives (the reference itself by default), report a
 * failure the way the docker CLI shows a daemon error and go on with the next one; exit 1
 * if any failed.
 */
export async function forEachReference<T>(
  ctx: CommandContext,
  command: string,
  act: (ref: string) => Promise<T>,
  print: (ref: string, result: T) => string = (ref) => ref,
): Promise<number> {
  const refs = ctx.args.positionals
  if (refs.length === 0) throw new UsageError(`"${command}" requires at least 1 argument`)
  let failed = 0
  for (const ref of refs) {
    try {
      const result = await act(ref)
      ctx.stdout.write(`${print(ref, result)}\n`)
    } catch (err) {
      failed++
      ctx.stderr.write(`Error response from daemon: ${(err as Error).message}\n`)
    }
  }
  return failed ? 1 : 0
}

/**
 * docker inspect's loop: what each reference gives, in order; one that fails is reported as
 * `Error: ...` and left out, and the command then exits 1 after printing the others.
 */
export async function inspectEach<T>(ctx: CommandContext, command: string, inspect: (ref: string) => Promise<T> | T): Promise<{ found: T[]; status: number }> {
  const refs = ctx.args.positionals
  if (refs.length === 0) throw new UsageError(`"${command}" requires at least 1 argument`)
  const found: T[] = []
  let status = 0
  for (const ref of refs) {
    try {
      found.push(await inspect(ref))
    } catch (err) {
      status = 1
      ctx.stderr.write(`Error: ${(err as Error).message}\n`)
    }
  }
  return { found, status }
}
