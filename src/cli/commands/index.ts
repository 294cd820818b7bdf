/** Registered subcommands. Each lives in its own file in this folder. */
import type { Command } from '../command.js';
import { diffCommand } from './diff.js';
import { explainCommand } from './explain.js';
import { kbCommand } from './kb.js';
import { quotesCommand } from './quotes.js';
import { serveCommand } from '../../serve/command.js';
import { versionsCommand } from './versions.js';

export const commands: Command[] = [
  diffCommand,
  explainCommand,
  kbCommand,
  quotesCommand,
  serveCommand,
  versionsCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
