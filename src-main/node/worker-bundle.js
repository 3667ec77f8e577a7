// A worker's TypeScript sources bundled into one plain ES module, kept in out/worker-bundles/ and reused while its
// sources are unchanged, so a worker started from sources (worker-bootstrap.js) need not register tsx. tsx in a
// worker thread costs about 180 ms of CPU to register (Node 20 runs module hooks on a thread of their own) and more
// to load each module through it: the sentence encoder's worker measured ~650 ms of CPU from spawn to its first
// answer through tsx, ~400 ms from its bundle. Packages stay imports, loaded by Node from node_modules as usual.
//
//   const url = await workerBundle(entryUrl);   // file URL of the bundle, built if missing or stale
//
// A bundle is named by a hash of its content and listed in `<entry name>.json` with a hash of each source file it was
// built from; both are written to a temporary name and renamed, so a reader sees a whole bundle or none, and workers
// starting at once can each build it. In the bundle each module's import.meta.url is still its source file's URL, so
// code that finds files from it (`new URL('./file', import.meta.url)`, createRequire) or keys a cache by the code it
// reaches (text-analysis.ts's tables, via table-cache.ts's sourceFiles) sees what it sees run from sources; with the
// bundle's own URL, a worker that analyses text hashed its whole bundle, so it prepared its tables again (~3 s of
// CPU) instead of reading those the CLI had cached from sources.
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bumped when what a bundle contains changes for the same sources (the build options below). */
const FORMAT = 3;

const BUNDLE_DIR = fileURLToPath(new URL('../../out/worker-bundles/', import.meta.url));

/** The bundle of the worker whose entry is `entry` (a .ts file URL), built first if missing or out of date. */
export async function workerBundle(entry) {
  const entryPath = fileURLToPath(entry);
  const manifestPath = join(BUNDLE_DIR, `${manifestName(entryPath)}.json`);
  const { fresh, previous } = await freshBundle(manifestPath);
  if (fresh) return pathToFileURL(fresh).href;
  const built = await build(entryPath, manifestPath);
  // The bundle of older sources is not used again (one that damaged content replaced has the same name).
  if (previous && previous !== built) await rm(previous, { force: true });
  return pathToFileURL(built).href;
}

/** One manifest per entry file: its name and a hash of its full path (two worktrees, two bundles). */
function manifestName(entryPath) {
  return `${basename(entryPath, '.ts')}-${sha(entryPath).slice(0, 8)}`;
}

/**
 * `fresh`: the manifest's bundle where it is whole and every source it lists still has the hash it was built from;
 * otherwise null, and `previous` is the bundle the manifest named, if any.
 */
async function freshBundle(manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch {
    return { fresh: null, previous: null }; // none yet, or unreadable: built anew
  }
  if (typeof manifest?.bundle !== 'string') return { fresh: null, previous: null };
  const bundlePath = join(BUNDLE_DIR, basename(manifest.bundle));
  if (manifest.format !== FORMAT || typeof manifest.sources !== 'object') return { fresh: null, previous: bundlePath };
  const sources = Object.entries(manifest.sources);
  const [code, ...hashes] = await Promise.all([
    readFile(bundlePath).catch(() => null),
    ...sources.map(([path]) => readFile(path).then(sha, () => null)),
  ]);
  const fresh = code && sha(code) === manifest.bundleHash && sources.every(([, hash], i) => hashes[i] === hash);
  return fresh ? { fresh: bundlePath, previous: null } : { fresh: null, previous: bundlePath };
}

async function build(entryPath, manifestPath) {
  // A folder that cannot be written (a read-only install) fails here, before esbuild's run, and the worker
  // registers tsx at once: a bundle it cannot keep would cost that run at every start.
  await mkdir(BUNDLE_DIR, { recursive: true });
  await access(BUNDLE_DIR, constants.W_OK);
  const { build: esbuild } = await import('esbuild');
  // The hash of each source as esbuild read it, not as the file is once the build is done: a source saved during
  // the build would otherwise be recorded as bundled, and its bundle, built from the earlier text, kept as fresh.
  const sources = {};
  const result = await esbuild({
    entryPoints: [entryPath],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    keepNames: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourcesAsRead(sources)],
  });
  const code = result.outputFiles[0].contents;
  const bundleHash = sha(code);
  const bundle = `${basename(manifestPath, '.json')}-${bundleHash.slice(0, 12)}.mjs`;
  // An input the plugin did not load (a JSON file, say) is hashed as it is now.
  for (const input of Object.keys(result.metafile.inputs)) sources[resolve(input)] ??= sha(await readFile(resolve(input)));
  const bundlePath = join(BUNDLE_DIR, bundle);
  await writeAtomically(bundlePath, code);
  await writeAtomically(manifestPath, JSON.stringify({ format: FORMAT, entry: entryPath, bundle, bundleHash, sources }, null, 1));
  return bundlePath;
}

/**
 * Loads each source of the bundle (packages stay imports), noting in `hashes` the hash of the text it read, and makes
 * each module's `import.meta.url` its source file's URL (the bundle's would be out/worker-bundles/…).
 */
const sourcesAsRead = (hashes) => ({
  name: 'sources-as-read',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      const source = await readFile(args.path);
      hashes[resolve(args.path)] = sha(source);
      const contents = source.toString('utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
});

async function writeAtomically(path, data) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${sha(String(Math.random())).slice(0, 8)}.tmp`);
  await writeFile(temporary, data);
  await rename(temporary, path);
}

function sha(data) {
  return createHash('sha256').update(data).digest('hex');
}

