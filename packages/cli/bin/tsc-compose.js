#!/usr/bin/env node
// Prefers the bundled CLI (a few files to load: fast start-up) unless a TypeScript build is
// newer than the bundle, so a plain `tsc -b` during development is never shadowed by a
// stale bundle. tsc -b rewrites each package's .tsbuildinfo whenever it emits.
import { statSync } from 'node:fs'

const mtime = (rel) => {
  try {
    return statSync(new URL(rel, import.meta.url)).mtimeMs
  } catch {
    return -1
  }
}
const bundled = mtime('../dist-bundle/main.js')
const built = Math.max(mtime('../dist/.tsbuildinfo'), mtime('../../compose/dist/.tsbuildinfo'), mtime('../../runtime/dist/.tsbuildinfo'))
const entry = bundled >= built ? '../dist-bundle/main.js' : '../dist/main.js'
const { main } = await import(entry)
process.exitCode = await main(process.argv.slice(2))
