/**
 * What the user chose (selection, log focus, help, sort), as a pure reducer over key actions.
 * The selection follows a container by id, so a re-sort or a new row does not move it; when
 * the container goes away (recreated, removed) it stays at the same position.
 */
import { SORT_KEYS, type ContainerRow, type SortKey } from './model.js'

export type LogFocus = { readonly kind: 'all' } | { readonly kind: 'service'; readonly service: string }

export interface ViewState {
  readonly selectedId?: string
  readonly selectedIndex: number
  readonly focus: LogFocus
  readonly help: boolean
  readonly sort: SortKey
}

export type ViewAction =
  | { readonly type: 'up' | 'down' | 'focus-selected' | 'focus-all' | 'toggle-help' | 'cycle-sort' }
  | { readonly type: 'select'; readonly index: number }

export function initialViewState(focusService?: string): ViewState {
  return { selectedIndex: 0, focus: focusService ? { kind: 'service', service: focusService } : { kind: 'all' }, help: false, sort: 'service' }
}

/** Index of the selected row in `rows` (-1 when there are none). */
export function selectedIndex(state: ViewState, rows: readonly ContainerRow[]): number {
  if (rows.length === 0) return -1
  const byId = state.selectedId === undefined ? -1 : rows.findIndex((r) => r.id === state.selectedId)
  return byId !== -1 ? byId : Math.min(Math.max(0, state.selectedIndex), rows.length - 1)
}

export function selectedRow(state: ViewState, rows: readonly ContainerRow[]): ContainerRow | undefined {
  const i = selectedIndex(state, rows)
  return i === -1 ? undefined : rows[i]
}

function selectAt(state: ViewState, rows: readonly ContainerRow[], index: number): ViewState {
  if (rows.length === 0) return state
  const i = Math.min(Math.max(0, index), rows.length - 1)
  return { ...state, selectedIndex: i, selectedId: rows[i]!.id }
}

export function reduceView(state: ViewState, action: ViewAction, rows: readonly ContainerRow[]): ViewState {
  const cur = selectedIndex(state, rows)
  switch (action.type) {
    case 'up':
      return selectAt(state, rows, cur - 1)
    case 'down':
      return selectAt(state, rows, cur + 1)
    case 'select':
      return selectAt(state, rows, action.index)
    case 'focus-selected': {
      const row = rows[cur]
      return row ? { ...state, focus: { kind: 'service', service: row.service } } : state
    }
    case 'focus-all':
      return { ...state, focus: { kind: 'all' } }
    case 'toggle-help':
      return { ...state, help: !state.help }
    case 'cycle-sort':
      return { ...state, sort: SORT_KEYS[(SORT_KEYS.indexOf(state.sort) + 1) % SORT_KEYS.length]! }
  }
}

/** The slice of `count` rows to show in `max` lines, scrolled so the selected row is visible. */
export function visibleWindow(count: number, selected: number, max: number): { start: number; end: number } {
  if (count <= max) return { start: 0, end: count }
  const start = Math.min(Math.max(0, selected - Math.floor(max / 2)), count - max)
  return { start, end: start + max }
}
