import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The reference vectors live beside the clone (`../shared/conformance` from the repository
 * root) and are read from there, never copied: a missing folder fails the suite.
 */
export const CONFORMANCE_DIR = fileURLToPath(new URL('../../../shared/conformance/', import.meta.url))

export function loadCases<T>(relative: string): T {
  const file = CONFORMANCE_DIR + relative
  if (!existsSync(file)) {
    throw new Error(`conformance vectors not found: ${file} (expected ../shared/conformance beside the repository)`)
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T
}
