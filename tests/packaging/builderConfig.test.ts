/**
 * electron-builder.yml, checked the way a real packaging run would check it (electron-builder's
 * own JSON schema and its own validator), plus the settings that matter for security and for
 * opening `.vlinder` files. Packaging itself cannot run here (no Electron binary).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
// ajv, js-yaml and minimatch as electron-builder itself resolves them.
const builderRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('app-builder-lib/package.json'));
const { default: Ajv } = builderRequire('ajv') as { default: new (opts: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } } };
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { minimatch } = builderRequire('minimatch') as { minimatch(path: string, pattern: string, opts?: object): boolean };
const builderConfig = builderRequire('./out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
type Config = {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<Record<string, string>>;
  extraResources: Array<{ from: string; to: string }>;
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  nsis: { perMachine: boolean };
  npmRebuild: boolean;
  publish: null;
};
const config = yaml.load(text) as Config;

// No type coercion: a value must already have the type the schema asks for.
const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
function validate(data: unknown): unknown[] {
  return check(data) ? [] : (check.errors ?? ['invalid']);
}

describe('electron-builder.yml against electron-builder’s own schema', () => {
  it('is valid', () => {
    expect(validate(config)).toEqual([]);
  });

  it('passes the validation a real packaging run makes', async () => {
    const loaded = await builderConfig.getConfig(ROOT, null, null);
    expect(loaded['appId']).toBe('nl.vlinder.app');
    await expect(builderConfig.validateConfiguration(loaded, { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('would catch a misspelled fuse or a wrong type (the check is live)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).not.toEqual([]);
    expect(validate({ ...config, asarUnpack: 5 })).not.toEqual([]);
    expect(validate({ ...config, fileAssociations: [{ name: 'zonder extensie' }] })).not.toEqual([]);
  });
});

describe('security-relevant packaging settings', () => {
  it('flips the fuses after packing', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the build output and package.json (plus production dependencies)', () => {
    expect(config.files.filter((p) => !p.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(config.publish).toBeNull();
  });

  it('unpacks every native binary of the production dependencies from the asar', () => {
    const natives: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(join(ROOT, dir))) {
        const rel = `${dir}/${name}`;
        if (statSync(join(ROOT, rel)).isDirectory()) walk(rel);
        else if (name.endsWith('.node')) natives.push(rel);
      }
    };
    walk('node_modules/better-sqlite3');
    for (const name of readdirSync(join(ROOT, 'node_modules', '@resvg'))) walk(`node_modules/@resvg/${name}`);
    expect(natives.some((p) => p.includes('better-sqlite3'))).toBe(true);
    expect(natives.some((p) => p.includes('@resvg/resvg-js-'))).toBe(true);
    for (const file of natives) expect(config.asarUnpack.some((pattern) => minimatch(file, pattern, { dot: true })), file).toBe(true);
    // Another platform's binary (not installed here) would be unpacked too.
    expect(config.asarUnpack.some((p) => minimatch('node_modules/@resvg/resvg-js-win32-x64-msvc/resvgjs.win32-x64-msvc.node', p))).toBe(true);
  });
});

describe('opening .vlinder files from the desktop', () => {
  it('associates .vlinder with Vlinder under its own MIME type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'vlinder', name: 'Vlinder-project', mimeType: 'application/vnd.vlinder+sqlite', role: 'Editor' }),
    ]);
    expect(config.linux.mimeTypes).toEqual(['application/vnd.vlinder+sqlite']);
  });

  it('has the document icons electron-builder will look for', () => {
    const icon = config.fileAssociations[0]!['icon']!;
    for (const ext of ['ico', 'icns']) expect(statSync(join(ROOT, 'resources', `${icon}.${ext}`)).size).toBeGreaterThan(1000);
  });

  it('installs per user on Windows, so no administrator is needed', () => {
    expect(config.nsis.perMachine).toBe(false);
  });

  it('builds the installers the brief asks for', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('ships the example project where the host looks for it', () => {
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'resources/examples', to: 'examples' }));
  });
});

describe('the icons', () => {
  const png = (file: string) => {
    const b = readFileSync(join(ROOT, 'resources', file));
    expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  };

  it('has a PNG per Linux size, with the size its name says', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(png(`icons/png/${size}x${size}.png`)).toEqual({ width: size, height: size });
    expect(config.linux.icon).toBe('icons/png');
  });

  it('has a Windows .ico with a 256-pixel image and a macOS .icns that is whole', () => {
    const ico = readFileSync(join(ROOT, 'resources', config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    const icns = readFileSync(join(ROOT, 'resources', config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
