import { Box, Text } from 'ink'

export const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['↑/↓ (k/j)', 'select a container'],
  ['enter / l', 'follow the logs of the selected service'],
  ['a', 'follow the logs of all services'],
  ['r', 'restart the selected service'],
  ['s', 'stop the selected service, or start it when stopped'],
  ['o', 'sort by service, CPU or memory'],
  ['?', 'show or hide this help'],
  ['q / ctrl-c', 'quit (the stack keeps running)'],
]

export function HelpPanel({ height }: { readonly height: number }) {
  const width = Math.max(...KEYS.map(([k]) => k.length))
  return (
    <Box flexDirection="column" height={height + 1}>
      <Text bold>Keys</Text>
      {KEYS.slice(0, Math.max(0, height)).map(([k, what]) => (
        <Text key={k} wrap="truncate-end">
          {'  '}
          <Text color="cyan">{k.padEnd(width)}</Text>
          {'  '}
          {what}
        </Text>
      ))}
    </Box>
  )
}
