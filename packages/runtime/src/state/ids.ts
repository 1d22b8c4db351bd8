import { randomBytes } from 'node:crypto'
import { RuntimeError } from '../errors.js'

/** Docker's rule for container and volume names. */
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/
const ID_RE = /^[0-9a-f]{64}$/

/** A new 64-hex id (docker's container id shape). */
export function newId(): string {
  return randomBytes(32).toString('hex')
}

export function shortId(id: string): string {
  return id.slice(0, 12)
}

export function isFullId(s: string): boolean {
  return ID_RE.test(s)
}

/** Throws INVALID_NAME naming the value unless it is a valid docker name. */
export function validateName(name: string, kind = 'container'): string {
  const n = name.startsWith('/') ? name.slice(1) : name
  if (!NAME_RE.test(n) || n.length > 253) {
    throw new RuntimeError('INVALID_NAME', `invalid ${kind} name "${name}": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, { exitCode: 125 })
  }
  return n
}

// A short subset of docker's namesgenerator lists: names read like docker's
// ("focused_turing") without shipping the whole table.
const LEFT = ['admiring', 'brave', 'busy', 'clever', 'cool', 'dreamy', 'eager', 'focused', 'happy', 'jolly', 'keen', 'loving', 'nifty', 'quirky', 'relaxed', 'sharp', 'stoic', 'sweet', 'tender', 'vibrant', 'wizardly', 'youthful', 'zealous']
const RIGHT = ['archimedes', 'babbage', 'curie', 'darwin', 'euclid', 'fermat', 'galileo', 'hopper', 'hypatia', 'kepler', 'knuth', 'lamport', 'lovelace', 'mccarthy', 'noether', 'pascal', 'ritchie', 'shannon', 'thompson', 'torvalds', 'turing', 'wozniak']

/** A random docker-like name; `attempt` > 0 appends digits, as docker does on collisions. */
export function randomName(attempt = 0): string {
  const b = randomBytes(3)
  const name = `${LEFT[b[0]! % LEFT.length]}_${RIGHT[b[1]! % RIGHT.length]}`
  return attempt > 0 ? `${name}${b[2]! % 10}${attempt}` : name
}
