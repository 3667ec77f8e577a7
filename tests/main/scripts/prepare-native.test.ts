// README "Package the desktop app": `npm run build -- --skip-native` bundles without rebuilding better-sqlite3
// for Electron (offline machines). npm hands the flag to the build script, whose inner `npm run build:main` takes
// it as an npm option, so build-main.js must read it from npm_config_skip_native as well as from its argv.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PREPARE_NATIVE = pathToFileURL(join(ROOT, 'scripts', 'prepare-native.js')).href;
// A plain JS build script (no types): imported by URL.
const { nativeStepSkipped } = (await import(PREPARE_NATIVE)) as {
  nativeStepSkipped: (argv: string[], env: NodeJS.ProcessEnv) => boolean;
};

describe('nativeStepSkipped', () => {
  it('reads --skip-native from the command line or from npm', () => {
    expect(nativeStepSkipped(['node', 'build-main.js', '--skip-native'], {})).toBe(true);
    expect(nativeStepSkipped(['node', 'build-main.js'], { npm_config_skip_native: 'true' })).toBe(true);
    expect(nativeStepSkipped(['node', 'build-main.js'], {})).toBe(false);
    expect(nativeStepSkipped(['node', 'build-main.js'], { npm_config_skip_native: 'false' })).toBe(false);
  });
});

describe('npm run build -- --skip-native', () => {
  let dir: string;
  beforeAll(async () => {
    // The project's own build script (npm run build:renderer && npm run build:main), with build:main replaced by
    // a probe that asks prepare-native.js what build-main.js would decide.
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    dir = await mkdtemp(join(tmpdir(), 'concierge-skip-native-'));
    const probe = `import { nativeStepSkipped } from ${JSON.stringify(PREPARE_NATIVE)};
console.log('skip-native: ' + nativeStepSkipped());`;
    await writeFile(join(dir, 'probe.mjs'), probe);
    const probePackage = {
      name: 'skip-native-probe',
      version: '1.0.0',
      private: true,
      scripts: { build: scripts.build, 'build:renderer': 'node -e 0', 'build:main': 'node probe.mjs' },
    };
    await writeFile(join(dir, 'package.json'), JSON.stringify(probePackage));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const build = async (args: string[]) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const { stdout } = await promisify(execFile)('npm', ['run', 'build', ...args], { cwd: dir, env });
    return stdout;
  };

  it('reaches build-main.js through the nested npm run', async () => {
    expect(await build(['--', '--skip-native'])).toContain('skip-native: true');
    expect(await build([])).toContain('skip-native: false');
  });
});
