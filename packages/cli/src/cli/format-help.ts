import type { Command } from './command.js';

const PROGRAM = 'dbi-kit';

/** The usage line of a command, also printed after a usage error. */
export function formatUsage(command: Command, prefix: string = PROGRAM): string {
  return `Usage: ${prefix} ${command.name} ${command.usage}`.trimEnd();
}

/** The text `dbi-kit <command> --help` prints. */
export function formatCommandHelp(command: Command, prefix: string = PROGRAM): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.description] as const;
  });
  options.push(['-h, --help', 'show this help']);
  const width = Math.max(...options.map(([flag]) => flag.length));
  const lines = [formatUsage(command, prefix), '', command.summary];
  if (command.description) lines.push('', command.description);
  lines.push('', 'Options:', ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`));
  if (command.examples.length > 0) lines.push('', 'Examples:', ...command.examples.map((example) => `  ${example}`));
  return `${lines.join('\n')}\n`;
}

/** The text `dbi-kit --help` (or a group such as `dbi-kit registry --help`) prints. */
export function formatCommandList(commands: readonly Pick<Command, 'name' | 'summary'>[], prefix: string = PROGRAM, intro?: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = [`Usage: ${prefix} <command> [options]`, ''];
  if (intro) lines.push(intro, '');
  lines.push('Commands:', ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`));
  lines.push('', `Run \`${prefix} <command> --help\` for a command's options and examples.`);
  return `${lines.join('\n')}\n`;
}
