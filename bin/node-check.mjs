// Shared start-up check for the bin scripts. Vlinder needs Node.js ≥ 22.12; `npm install` puts
// one into node_modules (the exact `node` devDependency), and npm scripts run on it because npm
// puts node_modules/.bin first on PATH. A script started outside npm on an older Node
// (`node bin/web.mjs`, or `vlinder` after `npm link`) relaunches itself on that Node; without it,
// it stops with one clear message. Node 22 releases that do not strip TypeScript types by default
// get --experimental-strip-types.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_NODE = fileURLToPath(new URL(`../node_modules/node/bin/${process.platform === 'win32' ? 'node.exe' : 'node'}`, import.meta.url));
const STRIP = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

function recentEnough() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/** Returns when this Node can run the script; otherwise runs it on a Node that can, and exits. */
export function ensureNode(scriptUrl, { typeStripping = false } = {}) {
  const ok = recentEnough();
  if (ok && (!typeStripping || process.features.typescript)) return;
  // The relaunch marker stops a loop should the project's Node itself be too old.
  if (!ok && (!existsSync(PROJECT_NODE) || process.env.VLINDER_NODE_RELAUNCHED === '1')) {
    const v = process.versions.node;
    process.stderr.write(
      `Vlinder heeft Node.js 22.12 of nieuwer nodig; dit is Node.js ${v}. Voer eerst "npm install" uit in ${ROOT} (dat zet Node 22 in node_modules) en start met "npm start".\n` +
        `Vlinder needs Node.js 22.12 or newer; this is Node.js ${v}. Run "npm install" in ${ROOT} first (it puts Node 22 into node_modules), then "npm start".\n`,
    );
    process.exit(1);
  }
  const result = spawnSync(ok ? process.execPath : PROJECT_NODE, [...(typeStripping ? STRIP : []), fileURLToPath(scriptUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, VLINDER_NODE_RELAUNCHED: '1' },
  });
  process.exit(result.status ?? 1);
}
