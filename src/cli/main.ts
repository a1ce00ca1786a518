/** The `orderflow` command line (SPEC §6): `npm run --silent orderflow -- COMMAND …`, no build step. */
import { nodeIo } from './io';
import { runCli } from './run';

// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = runCli(process.argv.slice(2), nodeIo);
