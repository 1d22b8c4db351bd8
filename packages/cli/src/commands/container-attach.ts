import { Transform } from 'node:stream'
import type { Command, CommandContext } from '../command.js'
import { UsageError } from '../args.js'
import { followOutput, foregroundIo, proxySignals } from '../foreground.js'
import { runtimeOf } from './container-create.js'

/** docker's default detach sequence. */
const DEFAULT_DETACH_KEYS = 'ctrl-p,ctrl-q'

/**
 * `--detach-keys` to bytes, docker's syntax: comma-separated single characters or
 * `ctrl-<c>` with c one of a-z, @, [, \, ], ^, _.
 */
export function parseDetachKeys(spec: string): Buffer {
  const out: number[] = []
  for (const key of spec.split(',')) {
    const ctrl = /^ctrl-(.)$/i.exec(key)
    if (ctrl) {
      const c = ctrl[1]!.toLowerCase()
      // the control code of a key is its ASCII code's low five bits (ctrl-@ 0, ctrl-a 1, ctrl-_ 31)
      if ((c >= 'a' && c <= 'z') || '@[\\]^_'.includes(c)) out.push(c.charCodeAt(0) & 0x1f)
      else throw new UsageError(`invalid detach keys "${spec}": unknown character '${key}'`)
    } else if (key.length === 1) {
      out.push(key.charCodeAt(0))
    } else {
      throw new UsageError(`invalid detach keys "${spec}": unknown character '${key}'`)
    }
  }
  return Buffer.from(out)
}

/**
 * Passes stdin through until the detach sequence is typed, then calls `detach` (the bytes of
 * a partial match are held back, and sent on if the sequence breaks off, as docker does).
 */
function detachFilter(keys: Buffer, detach: () => void): Transform {
  let matched = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const pass: number[] = []
      for (const b of chunk) {
        if (b === keys[matched]) {
          matched++
          if (matched === keys.length) {
            if (pass.length) this.push(Buffer.from(pass))
            detach()
            return done()
          }
          continue
        }
        if (matched) pass.push(...keys.subarray(0, matched))
        matched = b === keys[0] ? 1 : 0
        if (!matched) pass.push(b)
      }
      done(null, pass.length ? Buffer.from(pass) : undefined)
    },
  })
}

const command: Command = {
  name: 'container attach',
  summary: 'Attach local standard input, output, and error streams to a running container',
  usage: '[OPTIONS] CONTAINER',
  options: {
    'detach-keys': { type: 'string', description: 'Override the key sequence for detaching a container', valueName: 'KEYS' },
    'no-stdin': { type: 'boolean', description: 'Do not attach STDIN' },
    'sig-proxy': { type: 'boolean', description: 'Proxy all received signals to the process', default: true },
  },
  async run(ctx) {
    const [ref, ...extra] = ctx.args.positionals
    if (!ref || extra.length) throw new UsageError('"container attach" requires exactly 1 argument')
    const o = ctx.args.options
    const keys = parseDetachKeys((o['detach-keys'] as string | undefined) ?? DEFAULT_DETACH_KEYS)
    const rt = runtimeOf(ctx)
    const rec = rt.containers.get(ref)
    const st = rt.containers.state(rec.Id)
    if (st.status === 'paused') throw Object.assign(new Error('You cannot attach to a paused container, unpause it first'), { code: 'CONTAINER_PAUSED', exitCode: 1 })
    if (st.status !== 'running' && st.status !== 'restarting') throw Object.assign(new Error('You cannot attach to a stopped container, start it first'), { code: 'CONTAINER_NOT_RUNNING', exitCode: 1 })
    const tty = rec.Config.Tty
    const withStdin = !o['no-stdin'] && rec.Config.OpenStdin
    // With a TTY the terminal sends ^C itself; without one, --sig-proxy forwards signals.
    const sigProxy = o['sig-proxy'] !== false && !tty
    if (!withStdin) return followOutput(rt.containers, rec.Id, ctx, sigProxy)
    const { io, restore } = foregroundIo(ctx, tty, true)
    let detached = false
    const filtered = detachFilter(keys, () => {
      detached = true
      restore()
      // The container keeps running; the session is simply dropped, as docker's detach does.
      process.exit(0)
    })
    ctx.stdin.pipe(filtered)
    const unproxy = proxySignals(sigProxy, (sig) => rt.containers.kill(rec.Id, sig))
    try {
      return await rt.containers.attach(rec.Id, { ...io, stdin: filtered })
    } finally {
      unproxy()
      if (!detached) restore()
      ctx.stdin.unpipe(filtered)
    }
  },
}
export default command
