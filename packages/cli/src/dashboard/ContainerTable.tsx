import { Box, Text } from 'ink'
import { cellText, GAP, headerLine, type ColumnLayout } from './columns.js'
import { healthColor, serviceColor, stateColor } from './layout.js'
import type { ContainerRow } from './model.js'

export interface ContainerTableProps {
  readonly rows: readonly ContainerRow[]
  readonly columns: readonly ColumnLayout[]
  readonly selected: number
  /** The rows to draw: [start, end) of `rows`. */
  readonly window: { readonly start: number; readonly end: number }
  readonly services: readonly string[]
  readonly project: string
  /** No poll has completed yet: "no containers" would be a lie. */
  readonly loading?: boolean
}

function cellColor(col: ColumnLayout, row: ContainerRow, services: readonly string[]): string | undefined {
  switch (col.id) {
    case 'service':
      return serviceColor(row.service, services)
    case 'state':
      return stateColor(row)
    case 'health':
      return healthColor(row.health)
    default:
      return undefined
  }
}

export function ContainerTable({ rows, columns, selected, window, services, project, loading }: ContainerTableProps) {
  if (rows.length === 0) {
    return (
      <Box flexDirection="column">
        <Text dimColor wrap="truncate-end">{headerLine(columns)}</Text>
        <Text dimColor wrap="truncate-end">{loading ? '  loading…' : `  no containers for project ${project} yet (tsc-compose up -d starts them)`}</Text>
      </Box>
    )
  }
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">{headerLine(columns)}</Text>
      {rows.slice(window.start, window.end).map((row, i) => {
        const isSelected = window.start + i === selected
        return (
          <Text key={row.id} inverse={isSelected} wrap="truncate-end">
            {isSelected ? '› ' : '  '}
            {columns.map((col, c) => (
              <Text key={col.id} color={cellColor(col, row, services)}>
                {(c > 0 ? ' '.repeat(GAP) : '') + cellText(row, col)}
              </Text>
            ))}
          </Text>
        )
      })}
    </Box>
  )
}
