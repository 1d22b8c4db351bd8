import { readFileSync, statSync } from 'node:fs'
import type { DiscoveryFs } from './discovery.js'

/** The real file system for discovery and loading (tests pass in-memory ones). */
export const nodeFs: DiscoveryFs = {
  isFile(path) {
    try {
      return statSync(path).isFile()
    } catch {
      return false
    }
  },
  readFile(path) {
    return readFileSync(path, 'utf8')
  },
}
