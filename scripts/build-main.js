#!/usr/bin/env node
// Bundles the Electron main process into out/main/: main.js (ESM), preload.cjs (CommonJS: sandboxed preloads
// cannot be ESM) and every `src-main/**/*-worker.ts` as `<name>-worker.js` next to main.js. Then prepares
// better-sqlite3 for Electron's ABI in out/native/ (prepare-native.js). `--skip-native` bundles only (also
// `npm run build -- --skip-native`, which reaches this script as npm_config_skip_native).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeStepSkipped, prepareNative, NATIVE_MODULE_IMPORT } from './prepare-native.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src-main');
const outDir = join(root, 'out', 'main');

/** Native or heavy packages load from node_modules at run time instead of being bundled. */
const EXTERNAL = ['electron', 'better-sqlite3', 'onnxruntime-node', '@huggingface/transformers', 'sharp'];

/** spawn-worker.ts starts workers; it is not one. */
const NOT_WORKERS = new Set(['spawn-worker.ts']);

function findWorkers(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findWorkers(path);
    return entry.name.endsWith('-worker.ts') && !NOT_WORKERS.has(entry.name) ? [path] : [];
  });
}

/**
 * Sources find files with `new URL('./x', import.meta.url)`. After bundling, import.meta.url is
 * out/main/<bundle>.js, so each literal is re-pointed: a `*-worker.ts` at its bundled twin beside the
 * bundle, anything else (resources/, assets) at the same file from out/main/.
 */
const relocateFileUrls = {
  name: 'relocate-file-urls',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(
        /new URL\((['"])(\.{1,2}\/[^'"]+)\1,\s*import\.meta\.url\)/g,
        (_match, _quote, target) => {
          const absolute = resolve(dirname(args.path), target);
          const rewritten = absolute.endsWith('-worker.ts')
            ? `./${basename(absolute, '.ts')}.js`
            : relative(outDir, absolute).split(sep).join('/').replace(/^(?!\.)/, './') + (target.endsWith('/') ? '/' : '');
          return `new URL(${JSON.stringify(rewritten)}, import.meta.url)`;
        },
      );
      return { contents, loader: 'ts' };
    });
  },
};

/** better-sqlite3 resolves to the copy rebuilt for Electron (out/native), leaving node_modules for Node. */
const electronNativeModules = {
  name: 'electron-native-modules',
  setup(builder) {
    builder.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: NATIVE_MODULE_IMPORT, external: true }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22', // Electron 45's Node
  sourcemap: true,
  external: EXTERNAL,
  logLevel: 'warning',
  plugins: [relocateFileUrls, electronNativeModules],
};

const workers = findWorkers(srcDir);
const names = workers.map((file) => basename(file));
const clash = names.find((name, i) => names.indexOf(name) !== i);
if (clash) throw new Error(`Two workers are named ${clash}; worker bundles share out/main/, so names must be unique`);
await Promise.all([
  build({
    ...common,
    entryPoints: Object.fromEntries([
      ['main', join(srcDir, 'main.ts')],
      ...workers.map((file) => [basename(file, '.ts'), file]),
    ]),
    outdir: outDir,
    format: 'esm',
    // Bundled CommonJS dependencies call require(); ESM has none, so give them one.
    banner: { js: "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);" },
  }),
  build({ ...common, entryPoints: { preload: join(srcDir, 'preload.ts') }, outdir: outDir, format: 'cjs', outExtension: { '.js': '.cjs' } }),
]);
console.log(`Bundled main, preload and ${workers.length} worker(s) into ${relative(root, outDir)}/`);

if (nativeStepSkipped()) console.log('Skipped better-sqlite3 for Electron (--skip-native)');
else await prepareNative(root);
