/** Registered subcommands. Each lives in its own file in this folder. */
import type { Command } from '../command.js';

export const commands: Command[] = [
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
