// better-sqlite3 is a V8 addon: the copy in node_modules is built for Node (npm test, the CLI) and cannot load
// in Electron, whose ABI differs. Instead of rebuilding node_modules in place (which breaks `npm test`), we
// rebuild a COPY in out/native/ with @electron/rebuild, and the Electron bundles import that copy
// (build-main.js redirects `better-sqlite3` there). onnxruntime-node is N-API, so one build serves both.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** How out/main/*.js import the Electron copy (relative to out/main/). */
export const NATIVE_MODULE_IMPORT = '../native/node_modules/better-sqlite3/lib/index.js';

/**
 * Whether the build skips this step: `--skip-native` on build-main.js's own command line, or passed through npm.
 * `npm run build -- --skip-native` appends the flag to the build script, whose `npm run build:main` then takes it
 * as an npm option (npm_config_skip_native), not as an argument: build-main.js never sees it in its argv.
 */
export function nativeStepSkipped(argv = process.argv, env = process.env) {
  const fromNpm = env.npm_config_skip_native;
  return argv.includes('--skip-native') || (fromNpm !== undefined && fromNpm !== '' && fromNpm !== 'false');
}

const readVersion = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

export async function prepareNative(root) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const nativeDir = join(root, 'out', 'native');
  const target = join(nativeDir, 'node_modules', 'better-sqlite3');
  const binary = join(target, 'build', 'Release', 'better_sqlite3.node');
  const stampFile = join(nativeDir, 'stamp.json');
  const stamp = JSON.stringify({
    electron: readVersion(join(root, 'node_modules', 'electron')),
    betterSqlite3: readVersion(source),
    platform: process.platform,
    arch: process.arch,
  });
  if (existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log('better-sqlite3 for Electron is up to date in out/native/');
    return;
  }

  rmSync(nativeDir, { recursive: true, force: true });
  const nodeBuild = join(source, 'build') + sep;
  cpSync(source, target, { recursive: true, filter: (path) => !(path + sep).startsWith(nodeBuild) });

  const { electron } = JSON.parse(stamp);
  console.log(`Building better-sqlite3 for Electron ${electron} (${process.platform}-${process.arch}) in out/native/…`);
  const { rebuild } = await import('@electron/rebuild');
  try {
    // Tries a prebuilt binary first (prebuild-install, from GitHub), then compiles with node-gyp against
    // Electron's headers (from electronjs.org, or the mirror in ELECTRON_HEADERS_URL).
    await rebuild({
      buildPath: target,
      electronVersion: electron,
      arch: process.arch,
      force: true,
      onlyModules: ['better-sqlite3'],
      headerURL: process.env.ELECTRON_HEADERS_URL || undefined,
    });
  } catch (error) {
    rmSync(nativeDir, { recursive: true, force: true });
    throw new Error(
      `Could not build better-sqlite3 for Electron ${electron}: ${error.message}\n` +
        'This step downloads a prebuilt binary (github.com) or Electron headers (www.electronjs.org), and compiling ' +
        'needs python3 and a C++ toolchain. It is only needed to run or package the desktop app; npm test and ' +
        'the CLI use the Node build in node_modules.',
    );
  }
  if (!existsSync(binary)) throw new Error(`@electron/rebuild finished but ${binary} is missing`);
  writeFileSync(stampFile, stamp);
}
