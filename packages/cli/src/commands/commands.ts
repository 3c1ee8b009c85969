import type { Command, CommandGroup } from '../cli/command.js';
import { classifyCommand } from './classify-command.js';
import { registryBuildCommand } from './registry-build-command.js';
import { registryKeygenCommand } from './registry-keygen-command.js';
import { registryRevokeCommand } from './registry-revoke-command.js';
import { registryServeCommand } from './registry-serve-command.js';
import { registryVerifyCommand } from './registry-verify-command.js';
import { scoreCommand } from './score-command.js';
import { subsidyCommand } from './subsidy-command.js';
import { summaryCommand } from './summary-command.js';
import { templateCommand } from './template-command.js';

/** The top-level commands, in the order `dbi-kit --help` lists them. */
export const COMMANDS: readonly Command[] = [templateCommand, scoreCommand, summaryCommand, classifyCommand, subsidyCommand];

/** Commands grouped under a word (`dbi-kit registry serve`). */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  { name: 'registry', summary: 'registry operator tools', commands: [registryKeygenCommand, registryBuildCommand, registryRevokeCommand, registryVerifyCommand, registryServeCommand] },
];
