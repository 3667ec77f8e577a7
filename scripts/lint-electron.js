#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the Electron app's sources (src-main, src-renderer, package.json) and
// fails unless every finding is justified in electronegativity.json, each justification matches a finding
// (stale ones fail too, so the file never hides more than it says) and every file parsed. It also fails on a
// raw-HTML sink in the renderer's Svelte components, which Electronegativity cannot read.
//
// Electronegativity parses TypeScript itself (Babel's typescript plugin), so the sources are scanned as they are,
// from a temporary copy of the files git knows (tracked or not ignored): scanning the project root would walk
// node_modules, tests and build output.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['src-main', 'src-renderer', 'package.json'];
const SCANNED_EXTENSIONS = /\.(ts|js|html)$|(^|\/)package\.json$/;
// Electronegativity does not read .svelte files. The way a page's data (FAQ answers, customer messages) could
// become script there is raw HTML, so any raw-HTML sink in the renderer fails the run.
const HTML_SINKS = /\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/;

const config = JSON.parse(readFileSync(join(root, 'electronegativity.json'), 'utf8'));
const runElectronegativity = createRequire(import.meta.url)('@doyensec/electronegativity');

const stage = mkdtempSync(join(tmpdir(), 'concierge-electronegativity-'));
let exitCode = 1;
try {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...SCANNED], {
    cwd: root,
    encoding: 'utf8',
  });
  // A tracked file deleted in the working tree is not scanned (and not shipped).
  for (const file of files.split('\n').filter((name) => SCANNED_EXTENSIONS.test(name) && existsSync(join(root, name)))) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(root, file), join(stage, file));
  }
  const result = await runElectronegativity({
    input: stage,
    isRelative: true,
    excludeFromScan: config.excludedChecks.map((excluded) => excluded.check),
  });
  exitCode = report(result, htmlSinks());
} finally {
  rmSync(stage, { recursive: true, force: true });
}
process.exit(exitCode);

function htmlSinks() {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'src-renderer'], {
    cwd: root,
    encoding: 'utf8',
  });
  return files
    .split('\n')
    .filter((file) => /\.(svelte|ts|js)$/.test(file) && existsSync(join(root, file)))
    .flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (HTML_SINKS.test(line) ? [`raw HTML in the renderer at ${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

/** Prints every finding with its justification or as unjustified; returns the exit code. */
function report({ issues, errors, atomicChecks, globalChecks }, sinks) {
  const problems = [...sinks];
  for (const error of errors) {
    if (!error.tolerable) problems.push(`could not parse ${error.file}: ${error.message} (its checks did not run)`);
  }
  const used = new Set();
  for (const issue of issues) {
    const line = sourceLine(issue.file, issue.location.line);
    const where = `${issue.file}:${issue.location.line}`;
    const justification = config.findings.find(
      (candidate) => candidate.check === issue.id && candidate.file === issue.file && line.includes(candidate.line),
    );
    if (justification) {
      used.add(justification);
      console.log(`justified  ${issue.id} ${where}: ${justification.reason}`);
    } else {
      problems.push(
        `${issue.id} at ${where} (${issue.severity.name}/${issue.confidence.name}): ${issue.description}\n` +
          `    ${line.trim()}\n    fix it, or add {check, file, line, reason} to electronegativity.json`,
      );
    }
  }
  for (const stale of config.findings.filter((candidate) => !used.has(candidate))) {
    problems.push(`stale justification in electronegativity.json (no such finding any more): ${stale.check} ${stale.file} "${stale.line}"`);
  }
  for (const excluded of config.excludedChecks) console.log(`excluded   ${excluded.check}: ${excluded.reason}`);
  console.log(`Electronegativity: ${atomicChecks} atomic + ${globalChecks} global checks, ${issues.length} findings, ${used.size} justified; ${sinks.length} raw-HTML sinks in .svelte/.ts.`);
  for (const problem of problems) console.error(`FAILED ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

/** The flagged source line ('' for project-wide findings, which name no file). */
function sourceLine(file, line) {
  if (file === 'N/A') return '';
  return readFileSync(join(root, file), 'utf8').split('\n')[line - 1] ?? '';
}
