/**
 * The shape of one CLI command module (`commands/<group>-<name>.ts` or `commands/<name>.ts`).
 * `run` turns parsed flags into typed options and calls one runtime/compose function.
 */
export type OptionType = 'boolean' | 'string' | 'number'

export interface OptionSpec {
  readonly type: OptionType
  readonly short?: string
  /** Every flag has a description: it is the help text. */
  readonly description: string
  /** Repeatable flags collect every value into an array. */
  readonly multiple?: boolean
  readonly default?: string | boolean | number
  /** Shown in help as the value's name: `--memory BYTES`. */
  readonly valueName?: string
  readonly hidden?: boolean
}

export type OptionsTable = Readonly<Record<string, OptionSpec>>

export type OptionValue = string | boolean | number | string[] | number[] | undefined

export interface ParsedArgs {
  readonly options: Record<string, OptionValue>
  readonly positionals: string[]
}

export interface GlobalOptions {
  /** State root (`--root`, `TSC_COMPOSE_ROOT`). */
  readonly root?: string
  readonly debug: boolean
  /** Compose-level globals, passed through for compose commands. */
  readonly files: string[]
  readonly projectName?: string
  readonly projectDirectory?: string
  readonly profiles: string[]
  readonly envFiles: string[]
  readonly dryRun: boolean
}

export interface CommandContext {
  readonly args: ParsedArgs
  readonly global: GlobalOptions
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
  readonly stdout: NodeJS.WriteStream
  readonly stderr: NodeJS.WriteStream
  readonly stdin: NodeJS.ReadStream
}

export interface Command {
  readonly name: string
  readonly summary: string
  /** e.g. "[OPTIONS] IMAGE [COMMAND] [ARG...]" */
  readonly usage?: string
  readonly options: OptionsTable
  /**
   * Stop option parsing after this many positionals: `container run IMAGE CMD -x` passes
   * `-x` to the container's command, as docker does.
   */
  readonly stopAfterPositionals?: number
  /** Returns the process exit code. */
  run(ctx: CommandContext): Promise<number>
}
