// Shared start-up check for the bin scripts: a clear message on a too-old Node, and a relaunch
// with --experimental-strip-types on Node 22 releases that do not strip types by default.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);

export function relaunchWithTypeStripping(scriptUrl) {
  if (major < 22 || (major === 22 && minor < 12)) {
    process.stderr.write(
      `Vlinder heeft Node.js 22.12 of nieuwer nodig; dit is Node.js ${process.versions.node}.\n` +
        `Vlinder needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}.\n`,
    );
    process.exit(1);
  }
  if (process.features.typescript) return;
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', fileURLToPath(scriptUrl), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}
