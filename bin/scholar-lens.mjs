#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so it works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

// A reader that closes the pipe early (`| head`) has all it wants, so that ends the run quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
const { main } = await import('../lib/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
