/**
 * Entry of the DNS responder process: `node server-main.js --root <state root>`.
 * Prints "ready" on stdout once it listens, reloads on SIGHUP, exits when no DNS network is
 * left (so removing the last network leaves no process behind).
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { DnsServer } from './server.js'

const i = process.argv.indexOf('--root')
const root = i > 0 ? process.argv[i + 1] : undefined
if (!root) {
  process.stderr.write('usage: server-main --root <state root>\n')
  process.exit(2)
}
const pidFile = join(root, 'networks', 'dns.pid')

function exit(code: number): never {
  try {
    if (readFileSync(pidFile, 'utf8').trim() === String(process.pid)) rmSync(pidFile, { force: true })
  } catch {
    // already gone
  }
  process.exit(code)
}

const server = new DnsServer({ root, log: (m) => process.stderr.write(`tsc-dns: ${m}\n`) })
let reloading: Promise<void> | undefined
let again = false

async function reload(): Promise<void> {
  if (reloading) {
    again = true
    return reloading
  }
  reloading = (async () => {
    do {
      again = false
      const n = await server.reload()
      if (n === 0) {
        server.close()
        exit(0)
      }
    } while (again)
  })()
  try {
    await reloading
  } finally {
    reloading = undefined
  }
}

process.on('SIGHUP', () => void reload())
process.on('SIGTERM', () => exit(0))
process.on('SIGINT', () => exit(0))
await reload()
process.stdout.write('ready\n')
