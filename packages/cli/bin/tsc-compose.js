#!/usr/bin/env node
// Prefers the bundled CLI (few files to load: fast start-up) unless the TypeScript build is
// newer than the bundle, so a plain `tsc -b` during development is never shadowed.
import { statSync } from 'node:fs'

const mtime = (rel) => {
  try {
    return statSync(new URL(rel, import.meta.url)).mtimeMs
  } catch {
    return -1
  }
}
const entry = mtime('../dist-bundle/main.js') >= mtime('../dist/main.js') ? '../dist-bundle/main.js' : '../dist/main.js'
const { main } = await import(entry)
process.exitCode = await main(process.argv.slice(2))
