import type { Command } from '../command.js'
import { eventsOptions, streamEvents } from './container-events.js'

const command: Command = {
  name: 'system events',
  summary: 'Get real time events from the runtime',
  usage: '[OPTIONS]',
  options: eventsOptions,
  run: (ctx) => streamEvents(ctx),
}
export default command
