#!/usr/bin/env node
// CommonJS on purpose (bin/package.json): an ES module entry starts Node's ESM loader, which
// costs ~7 ms of every start; the bundle's CommonJS main (dist-bundle/main.cjs) loads without it.
//
// Prefers the bundle unless a TypeScript build is newer than it, so a plain `tsc -b` during
// development is never shadowed by a stale bundle. tsc -b rewrites each package's
// .tsbuildinfo whenever it emits.
'use strict'
const { statSync } = require('node:fs')
const { join } = require('node:path')

const mtime = (rel) => {
  try {
    return statSync(join(__dirname, rel)).mtimeMs
  } catch {
    return -1
  }
}
const bundled = mtime('../dist-bundle/main.cjs')
const built = Math.max(mtime('../dist/.tsbuildinfo'), mtime('../../compose/dist/.tsbuildinfo'), mtime('../../runtime/dist/.tsbuildinfo'))
const argv = process.argv.slice(2)
const started = bundled >= built ? require('../dist-bundle/main.cjs').main(argv) : import('../dist/main.js').then((m) => m.main(argv))
started.then((code) => {
  process.exitCode = code
})
