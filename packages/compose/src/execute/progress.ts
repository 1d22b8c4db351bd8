/**
 * Progress events: what the executor reports, the CLI renders (Ink on a TTY, plain lines
 * otherwise, JSON with --progress json). Wording follows docker compose's so users and
 * scripts grepping for "Started" / "Healthy" keep working.
 */
export type ProgressStatus =
  | 'Creating' | 'Created' | 'Starting' | 'Started' | 'Waiting' | 'Healthy' | 'Exited'
  | 'Recreate' | 'Recreated' | 'Stopping' | 'Stopped' | 'Removing' | 'Removed'
  | 'Running' | 'Warning' | 'Error'
  | 'Pulling' | 'Pulled' | 'Skipped' | 'Pushing' | 'Pushed'
  | 'Building' | 'Built'

export interface ProgressEvent {
  /** "Container shop-web-1", "Network shop_default", "Volume shop_data", "Image busybox" */
  readonly resource: string
  readonly status: ProgressStatus
  readonly detail?: string
  /** true for the terminal state of a resource's step (for spinners). */
  readonly done: boolean
}

export type ProgressListener = (event: ProgressEvent) => void
