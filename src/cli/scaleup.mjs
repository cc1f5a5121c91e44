#!/usr/bin/env node
// The scaleup command: hands over to the TypeScript CLI (Node >= 22.12 runs it with type stripping).
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
