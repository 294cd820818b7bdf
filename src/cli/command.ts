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
  readStdin(): Promise<string>;
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
