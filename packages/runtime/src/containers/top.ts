import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { RuntimeError } from '../errors.js'

/**
 * `docker top`: the host's `ps` (default args `-ef`) filtered to the container's pids, with
 * the PID column located in the header the way docker does.
 */
export async function top(pids: readonly number[], psArgs: readonly string[] = ['-ef']): Promise<{ Titles: string[]; Processes: string[][] }> {
  let stdout: string
  try {
    // promisify here, not at module level: that touched child_process at load time, and the
    // CLI's bundles load builtins lazily (scripts/bundle.mjs), so every container command paid for it.
    ;({ stdout } = await promisify(execFile)('ps', [...psArgs], { maxBuffer: 16 << 20 }))
  } catch (err) {
    throw new RuntimeError('TOP_FAILED', `ps ${psArgs.join(' ')} failed: ${(err as Error).message.split('\n')[0]}`, { exitCode: 1 })
  }
  const lines = stdout.split('\n').filter(Boolean)
  const titles = (lines[0] ?? '').trim().split(/\s+/)
  const pidCol = titles.indexOf('PID')
  if (pidCol === -1) throw new RuntimeError('TOP_FAILED', `couldn't find PID field in ps output`, { exitCode: 1 })
  const want = new Set(pids)
  const processes: string[][] = []
  for (const line of lines.slice(1)) {
    const fields = line.trim().split(/\s+/)
    if (!want.has(Number(fields[pidCol]))) continue
    // The last column (CMD) keeps its spaces.
    processes.push([...fields.slice(0, titles.length - 1), fields.slice(titles.length - 1).join(' ')])
  }
  return { Titles: titles, Processes: processes }
}
