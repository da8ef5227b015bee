/** The app version, read once from package.json (bundled by Vite in the Electron build). */
import pkg from '../../package.json' with { type: 'json' };

export function appVersion(): string {
  return pkg.version;
}
