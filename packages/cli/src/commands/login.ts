import type { Command } from '../command.js'
import { UsageError } from '../args.js'
import { stateRoot } from '../compose-session.js'

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** Reads one line from the terminal; `mute` hides what is typed (passwords). */
async function prompt(ctx: { stdin: NodeJS.ReadStream; stderr: NodeJS.WriteStream }, question: string, mute: boolean): Promise<string> {
  const { createInterface } = await import('node:readline')
  const rl = createInterface({ input: ctx.stdin, output: ctx.stderr, terminal: true })
  if (mute) {
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })
    write._writeToOutput = (s: string) => {
      if (s.includes(question)) ctx.stderr.write(s)
    }
  }
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve))
  } finally {
    rl.close()
    if (mute) ctx.stderr.write('\n')
  }
}

const command: Command = {
  name: 'login',
  summary: 'Log in to a registry (credentials are kept in <root>/auth.json)',
  usage: '[OPTIONS] [SERVER]',
  options: {
    username: { type: 'string', short: 'u', description: 'Username', valueName: 'USER' },
    password: { type: 'string', short: 'p', description: 'Password or personal access token', valueName: 'PASSWORD' },
    'password-stdin': { type: 'boolean', description: 'Take the password or token from stdin' },
  },
  async run(ctx) {
    const [server, ...extra] = ctx.args.positionals
    if (extra.length > 0) throw new UsageError('"login" accepts at most 1 argument', 'usage: tsc-compose login [OPTIONS] [SERVER]')
    const o = ctx.args.options
    let password = o.password as string | undefined
    if (o['password-stdin']) {
      if (password !== undefined) throw new UsageError('--password and --password-stdin are mutually exclusive')
      if (o.username === undefined) throw new UsageError('must provide --username with --password-stdin')
      password = (await readAll(ctx.stdin)).replace(/\r?\n$/, '')
    } else if (password !== undefined) {
      ctx.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n')
    }
    let username = o.username as string | undefined
    if (username === undefined) {
      if (!ctx.stdin.isTTY) throw new UsageError('cannot prompt for a username: stdin is not a terminal', 'use --username and --password-stdin')
      username = (await prompt(ctx, 'Username: ', false)).trim()
    }
    if (password === undefined) {
      if (!ctx.stdin.isTTY) throw new UsageError('cannot prompt for a password: stdin is not a terminal', 'use --password-stdin')
      password = await prompt(ctx, 'Password: ', true)
    }
    if (!username || !password) throw new UsageError('username and password are both required')
    const { registryLogin } = await import('@tsc-compose/runtime')
    const res = await registryLogin({ root: stateRoot(ctx), env: ctx.env, ...(server ? { server } : {}), username, password })
    for (const m of res.messages) ctx.stdout.write(`${m}\n`)
    return 0
  },
}
export default command
