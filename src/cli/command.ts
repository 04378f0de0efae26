/** One sub-command of the `qptd` CLI; `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  /** One line for `qptd --help`, in Vietnamese. */
  summary: string;
  /** Usage line(s) shown by `qptd <name> --help`. */
  usage: string;
  run(args: string[]): Promise<number>;
}
