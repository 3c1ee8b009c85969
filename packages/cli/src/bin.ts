import { processIo } from './cli/cli-io.js';
import { runCli } from './cli/run-cli.js';

// `dbi-kit score big.csv | head`: the reader has gone, so stop quietly rather than with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The `dbi-kit` executable. `exitCode` rather than `exit()` lets stdout drain first.
process.exitCode = await runCli(process.argv.slice(2), processIo());
