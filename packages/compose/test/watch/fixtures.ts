import type { Project, Service } from '../../src/model/types.js'
import type { WatchRulesIo } from '../../src/project-ops/watch/watch-rules.js'

/** A loaded-looking project rooted at /proj (rules only read the model and the working dir). */
export function project(services: Record<string, Partial<Service> & Record<string, unknown>>): Project {
  return {
    model: { name: 'demo', services: services as Record<string, Service> },
    workingDir: '/proj',
    composeFiles: ['/proj/compose.yaml'],
    environment: {},
    profiles: [],
    disabledServices: {},
    warnings: [],
  }
}

/** Files by absolute path; everything else does not exist. */
export function fakeIo(files: Record<string, string> = {}): WatchRulesIo {
  return { readFile: (p) => files[p] }
}
