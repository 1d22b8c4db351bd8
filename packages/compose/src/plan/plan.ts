/**
 * A plan is data: what `up` (or `down`, `start`, ...) will do, each operation with the reason
 * it exists and the operations it waits for. `--dry-run` prints it; tests compare it with
 * golden text; the executor runs it and decides nothing.
 */
export type OperationKind =
  | 'createNetwork'
  | 'createVolume'
  | 'ensureImage'
  | 'buildImage'
  | 'createContainer'
  | 'recreateContainer'
  | 'startContainer'
  | 'waitCondition'
  | 'stopContainer'
  | 'removeContainer'
  | 'removeNetwork'
  | 'removeVolume'
  | 'removeImage'

export type WaitCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully'

export interface Operation {
  /** 1-based, in creation order. */
  readonly id: number
  readonly kind: OperationKind
  /** "service:web:1", "network:default", "volume:data", "image:busybox" */
  readonly target: string
  readonly cause: string
  /** Operations that must have finished first. */
  readonly after: readonly number[]
  readonly service?: string
  readonly number?: number
  readonly containerName?: string
  /** The existing container an operation acts on (recreate, start, stop, remove). */
  readonly containerId?: string
  readonly network?: string
  readonly volume?: string
  readonly image?: string
  /** ensureImage: `always`, `missing`, `never`, `build`, or a refresh policy (`daily`, `every_12h`). */
  readonly pullPolicy?: string
  /** waitCondition: what to wait for, and whether a failure is only a warning. */
  readonly condition?: WaitCondition
  readonly required?: boolean
  /** stop/remove: grace period in seconds (down -t, stop_grace_period). */
  readonly timeoutSeconds?: number
}

export interface Plan {
  readonly operations: readonly Operation[]
  readonly warnings: readonly string[]
}

export class PlanBuilder {
  private readonly ops: Operation[] = []
  readonly warnings: string[] = []

  add(op: Omit<Operation, 'id' | 'after'> & { after?: readonly (number | undefined)[] }): number {
    const id = this.ops.length + 1
    const after = [...new Set((op.after ?? []).filter((x): x is number => x !== undefined))].sort((a, b) => a - b)
    this.ops.push({ ...op, id, after })
    return id
  }

  warn(message: string): void {
    this.warnings.push(message)
  }

  build(): Plan {
    return { operations: [...this.ops], warnings: [...this.warnings] }
  }
}

/** `#3 service:web:1 createContainer (config hash changed) after #1, #2` — one line per op. */
export function planToString(plan: Plan): string {
  const lines = plan.operations.map((op) => {
    const after = op.after.length ? ` after ${op.after.map((a) => `#${a}`).join(', ')}` : ''
    return `#${op.id} ${op.target} ${op.kind} (${op.cause})${after}`
  })
  for (const w of plan.warnings) lines.push(`warning: ${w}`)
  return lines.join('\n') + (lines.length ? '\n' : '')
}
