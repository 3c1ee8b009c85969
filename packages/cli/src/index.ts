// The programmatic face of @dbi-kit/cli: run the CLI in-process. Explicit export list.
export { runCli } from './cli/run-cli.js';
export { processIo, type CliIo } from './cli/cli-io.js';
export { ExitCode } from './cli/exit-code.js';
export { UsageError, CliInputError } from './cli/cli-error.js';
export { serveRegistry, type ServeRegistryOptions, type RegistryServer } from './registry/serve-registry.js';
