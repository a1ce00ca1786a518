/** The `orderflow` command line (docs/semantics.md §6): `npm run --silent orderflow -- COMMAND …`, no build step. */
import { loadSamples } from '../domain/samples';
import { nodeIo } from './io';
import { cliLocale } from './language';
import { runCli } from './run';

// The sample order of the messages' language: lint measures SMS texts with it, as the designer does.
await loadSamples(cliLocale(process.argv.slice(2), process.env).locale);
// exitCode rather than exit(): lets stdout drain when it is a pipe.
const code = runCli(process.argv.slice(2), nodeIo);
if (typeof code === 'number') process.exitCode = code;
else
  code.then(
    (c) => void (process.exitCode = c),
    (e: unknown) => {
      process.stderr.write(`orderflow: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
