import type { CommandContext } from '../command.js'

/** Colours in log prefixes: --no-color and COMPOSE_ANSI=never (--ansi never) turn them off, always forces them. */
export function useColor(ctx: CommandContext, noColorFlag: boolean): boolean {
  const ansi = ctx.env.COMPOSE_ANSI ?? 'auto'
  if (noColorFlag || ansi === 'never') return false
  return ansi === 'always' || Boolean(ctx.stdout.isTTY)
}
