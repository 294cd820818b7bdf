import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/**
 * A factlint subcommand (`factlint explain FILE`, `factlint kb lookup …`). The CLI's main
 * dispatches `argv[0]` to a registered command; everything else is a lint run.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Colour output allowed (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
  /**
   * Standard input, as bytes (decoded like a file: invalid UTF-8 is refused) or text. Reading
   * stops after `maxBytes + 1` bytes, so endless input cannot exhaust memory.
   */
  readStdin(maxBytes?: number): Promise<string | Uint8Array>;
}

export interface Command {
  name: string;
  /** One line for `factlint --help`. */
  summary: string;
  /** Full usage text for `factlint NAME --help`. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 findings, 2 usage or fatal error. */
  run(args: string[], io: CliIO): Promise<number>;
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
type ParsedCommandArgs<O extends OptionSpecs> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/**
 * Parse a subcommand's arguments the way every subcommand does: positionals allowed, unknown
 * options refused. Returns the parsed arguments, or the exit code when the command has nothing
 * more to do: 2 after a parse error (printed with the usage), 0 after `--help` (usage printed).
 */
export function parseCommandArgs<O extends OptionSpecs>(name: string, usage: string, args: string[], options: O, io: CliIO): ParsedCommandArgs<O> | number {
  let parsed: ParsedCommandArgs<O>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`factlint ${name}: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    io.stdout(usage);
    return 0;
  }
  return parsed;
}
