/**
 * Pull and push progress, shaped like the JSON messages dockerd streams (`status`, `id`,
 * `progressDetail`) so renderers can print docker's lines: `9ad63333ebc9: Pull complete`.
 */
export type LayerStatus =
  | 'Pulling fs layer' | 'Waiting' | 'Downloading' | 'Verifying Checksum' | 'Download complete' | 'Extracting'
  | 'Pull complete' | 'Already exists'
  | 'Preparing' | 'Pushing' | 'Pushed' | 'Layer already exists' | 'Mounted'

export interface RegistryProgress {
  /** Short (12 hex) blob digest for a layer event; absent for whole-image messages. */
  readonly id?: string
  readonly status: LayerStatus | string
  /** Bytes so far and in all, for Downloading/Pushing/Extracting. */
  readonly current?: number
  readonly total?: number
}

export type RegistryProgressListener = (e: RegistryProgress) => void

/** `12.3MB/40MB`, docker's progress numbers (decimal units). */
export function formatProgressBytes(current: number, total?: number): string {
  const f = (n: number): string => {
    if (n < 1000) return `${n}B`
    const units = ['kB', 'MB', 'GB', 'TB']
    let v = n / 1000
    let i = 0
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000
      i++
    }
    return `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)}${units[i]}`
  }
  return total ? `${f(current)}/${f(total)}` : f(current)
}

/** Runs tasks at most `limit` at a time (docker: 3 concurrent downloads, 5 uploads). */
export interface Limiter {
  <T>(fn: () => Promise<T>): Promise<T>
  /** A task submitted now would wait. */
  full(): boolean
}

export function limiter(limit: number): Limiter {
  let running = 0
  const queue: (() => void)[] = []
  const next = (): void => {
    running--
    queue.shift()?.()
  }
  const run = <T>(fn: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        running++
        fn().then(resolve, reject).finally(next)
      }
      if (running < limit) start()
      else queue.push(start)
    })
  return Object.assign(run, { full: () => running >= limit })
}
