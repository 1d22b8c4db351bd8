import { useStdout } from 'ink'
import { useEffect, useState } from 'react'

export interface TerminalSize {
  readonly columns: number
  readonly rows: number
}

/** The terminal's size, following resizes; `fixed` pins it (tests, or a size the caller knows). */
export function useTerminalSize(fixed?: Partial<TerminalSize>): TerminalSize {
  const { stdout } = useStdout()
  const read = (): TerminalSize => ({ columns: fixed?.columns ?? stdout.columns ?? 80, rows: fixed?.rows ?? stdout.rows ?? 24 })
  const [size, setSize] = useState(read)
  useEffect(() => {
    const onResize = (): void => setSize(read())
    stdout.on('resize', onResize)
    return () => {
      stdout.off('resize', onResize)
    }
    // read() depends only on these
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout, fixed?.columns, fixed?.rows])
  return fixed?.columns !== undefined && fixed.rows !== undefined ? (fixed as TerminalSize) : size
}
