import { Box, Text } from 'ink'
import { truncate } from './format.js'
import { serviceColor } from './layout.js'
import type { BufferedLine } from './log-buffer.js'
import type { LogFocus } from './view-state.js'

export interface LogPaneProps {
  readonly lines: readonly BufferedLine[]
  readonly focus: LogFocus
  readonly height: number
  readonly width: number
  readonly services: readonly string[]
  /** Width the source prefixes are padded to. */
  readonly sourceWidth: number
}

export function LogPane({ lines, focus, height, width, services, sourceWidth }: LogPaneProps) {
  const title = focus.kind === 'all' ? 'all services' : focus.service
  const shown = lines.slice(-height)
  // The prefix takes at most a third of a narrow terminal.
  const prefixWidth = Math.min(sourceWidth, Math.max(4, Math.floor(width / 3)))
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>Logs: {title}</Text>
        <Text dimColor>{focus.kind === 'all' ? '  (enter/l: selected service)' : '  (a: all services)'}</Text>
      </Text>
      <Box flexDirection="column" height={height}>
        {shown.length === 0 ? <Text dimColor>  no log lines yet</Text> : null}
        {shown.map((l) => (
          <Text key={l.seq} wrap="truncate-end">
            <Text color={l.service ? serviceColor(l.service, services) : 'red'}>{truncate(l.source, prefixWidth).padEnd(prefixWidth)} | </Text>
            {l.text}
          </Text>
        ))}
      </Box>
    </Box>
  )
}
