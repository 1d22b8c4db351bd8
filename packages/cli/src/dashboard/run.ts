/**
 * The dashboard's entry: commands reach it with `await import()` so no other command pays
 * for Ink and React, which this module loads only when the dashboard is asked for.
 */
import type { RunDashboardOptions } from './mount.js'

export type { RunDashboardOptions }

/**
 * Ink draws nothing but the final frame when it believes it runs under CI: its is-in-ci
 * check reads CI, CONTINUOUS_INTEGRATION and CI_* once, when Ink is first loaded. The
 * dashboard runs only on a terminal someone looks at (the commands refuse anything else),
 * so those variables are hidden while Ink loads and put back right after.
 */
async function loadInteractive(): Promise<typeof import('./mount.js')> {
  const hidden = Object.keys(process.env).filter((k) => k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_'))
  const saved = hidden.map((k) => [k, process.env[k]] as const)
  for (const k of hidden) delete process.env[k]
  try {
    return await import('./mount.js')
  } finally {
    for (const [k, v] of saved) process.env[k] = v
  }
}

/** Runs until the user quits; resolves with the exit code. The stack keeps running. */
export async function runDashboard(o: RunDashboardOptions): Promise<number> {
  return (await loadInteractive()).mountDashboard(o)
}
