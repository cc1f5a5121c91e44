#!/usr/bin/env node
// The scaleup command: checks the Node version, then hands over to the TypeScript CLI (Node >= 22.12 strips types).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  // Older Node cannot load .ts files: say what to do in one line instead of ERR_UNKNOWN_FILE_EXTENSION.
  process.stderr.write(
    `scaleup needs Node >= 22.12 (this is Node ${process.versions.node}); run it through npm: npm exec scaleup -- ...\n`,
  );
  process.exit(1);
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
