import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.ts';

interface CspFinding {
  severity: number;
  directive: string;
  value?: string;
  description: string;
}
interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): CspFinding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'MEDIUM' | 'HIGH_MAYBE' | 'MEDIUM_MAYBE', number>;
}
// Google's CSP Evaluator, as Electronegativity runs it (a dependency of @doyensec/electronegativity).
const cspEvaluator = createRequire(import.meta.url)('@doyensec/csp-evaluator') as CspEvaluatorModule;

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

/** Findings of severity "medium (maybe)" or worse: what Electronegativity reports. INFO ("allows localhost") is left out. */
function evaluate(policy: string): CspFinding[] {
  const parsed = new cspEvaluator.CspParser(policy);
  const findings = new cspEvaluator.CspEvaluator(parsed.csp, cspEvaluator.Version.CSP3).evaluate();
  return findings.filter((finding) => finding.severity <= cspEvaluator.severities.MEDIUM_MAYBE);
}

/** The one remark csp-evaluator makes on any script-src 'self' policy (justified in electronegativity.json). */
const SELF_REMARK = { severity: cspEvaluator.severities.MEDIUM_MAYBE, directive: 'script-src', value: "'self'" };

describe('contentSecurityPolicy()', () => {
  it('has exactly these directives: scripts, workers and connections from the app only, nothing remote', () => {
    expect(directives(contentSecurityPolicy())).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('allows no eval, no inline script and no remote origin in any directive', () => {
    const all = Object.values(directives(contentSecurityPolicy())).flat();
    for (const value of all) {
      expect(value).not.toMatch(/unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|nonce-|sha\d+-/);
      expect(value).not.toMatch(/^(\*|https?:|wss?:|ws:|[\w.-]+\.\w+)/);
    }
    expect(directives(contentSecurityPolicy())['script-src']).not.toContain("'unsafe-inline'");
  });

  it('adds only the given WebSocket endpoint to connect-src in web mode', () => {
    const policy = directives(contentSecurityPolicy(['ws://127.0.0.1:4321']));
    expect(policy['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:4321']);
    expect({ ...policy, 'connect-src': ["'self'"] }).toEqual(directives(contentSecurityPolicy()));
  });

  it("draws no remark from Google's CSP Evaluator beyond script-src 'self'", () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy(['ws://127.0.0.1:4321'])]) {
      expect(evaluate(policy)).toEqual([expect.objectContaining(SELF_REMARK)]);
    }
  });

  it("keeps the renderer page's own meta CSP free of eval, inline script and remote origins", () => {
    const html = readFileSync(new URL('../../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'src-renderer/index.html has a CSP meta tag').not.toBeNull();
    expect(evaluate(meta![1]!)).toEqual([expect.objectContaining(SELF_REMARK)]);
    const scriptSrc = directives(meta![1]!)['script-src'];
    expect(scriptSrc).toEqual(["'self'"]);
  });
});
