import { DbiError } from '@dbi-kit/engine';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { UsageError } from './cli-error.js';
import { ExitCode } from './exit-code.js';
import { formatCommandHelp, formatCommandList, formatUsage } from './format-help.js';
import { parseCommandArgs } from './parse-command-args.js';
import { readVersion } from './read-version.js';
import { COMMANDS, COMMAND_GROUPS } from '../commands/commands.js';

const INTRO = 'Bulk DBI scoring, CSV templates, Decree 80/2021 size classes and subsidies, registry tools.';

async function runCommand(command: Command, args: readonly string[], io: CliIo, prefix: string): Promise<ExitCode> {
  const parsed = parseCommandArgs(command, args);
  if (parsed.help) {
    io.stdout.write(formatCommandHelp(command, prefix));
    return ExitCode.ok;
  }
  return command.run(parsed.values, parsed.positionals, io);
}

async function dispatch(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(formatCommandList([...COMMANDS, ...COMMAND_GROUPS.map((group) => ({ name: `${group.name} <command>`, summary: group.summary }))], 'dbi-kit', INTRO));
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${readVersion()}\n`);
    return ExitCode.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return runCommand(command, rest, io, 'dbi-kit');
  const group = COMMAND_GROUPS.find((candidate) => candidate.name === name);
  if (!group) throw new UsageError(`unknown command '${name}' (run \`dbi-kit --help\` for the list)`);
  const prefix = `dbi-kit ${group.name}`;
  const [sub, ...subRest] = rest;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(formatCommandList(group.commands, prefix, group.summary));
    return sub === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const subcommand = group.commands.find((candidate) => candidate.name === sub);
  if (!subcommand) throw new UsageError(`unknown command '${group.name} ${sub}' (run \`${prefix} --help\` for the list)`);
  return runCommand(subcommand, subRest, io, prefix);
}

function findCommandFor(args: readonly string[]): { command: Command; prefix: string } | undefined {
  const command = COMMANDS.find((candidate) => candidate.name === args[0]);
  if (command) return { command, prefix: 'dbi-kit' };
  const group = COMMAND_GROUPS.find((candidate) => candidate.name === args[0]);
  const subcommand = group?.commands.find((candidate) => candidate.name === args[1]);
  return group && subcommand ? { command: subcommand, prefix: `dbi-kit ${group.name}` } : undefined;
}

/**
 * Runs `dbi-kit` with the given arguments (without `node` and the script path) and returns the
 * exit code; never throws for bad input or usage. Errors go to `io.stderr` as `dbi-kit: …`.
 *
 * @example
 * const code = await runCli(['score', 'answers.csv', '--out', 'results.csv'], processIo());
 * process.exitCode = code;
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const found = findCommandFor(args);
      io.stderr.write(`dbi-kit: ${error.message}\n${found ? `${formatUsage(found.command, found.prefix)}\n` : ''}`);
      return ExitCode.usage;
    }
    if (error instanceof DbiError) {
      io.stderr.write(`dbi-kit: ${error.message}\n`);
      return ExitCode.failed;
    }
    // A file-system error that escaped a command (e.g. an unwritable --out path) is the user's to fix.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && (error as NodeJS.ErrnoException).syscall) {
      io.stderr.write(`dbi-kit: ${(error as Error).message}\n`);
      return ExitCode.failed;
    }
    throw error;
  }
}
