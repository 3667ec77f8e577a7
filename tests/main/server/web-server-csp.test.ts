import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src-main/app/create-app.ts';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.ts';
import { startWebServer, type WebServer } from '../../../src-main/server/web-server.ts';
import { CHROMIUM_PATH, launchChromium } from '../../e2e/support/browser.ts';

// The web mode's CSP header, enforced by a real Chromium: a page served by startWebServer tries what an injected
// script would (inline code, eval, a remote script, a request to another origin, a frame) and reports what ran.
// Page scripts are strings: the main tsconfig has no DOM types.
const PROBE_JS = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
window.selfScriptRan = true;
try { eval('window.evalRan = true'); } catch (error) { window.evalError = error.name; }
try { new Function('window.functionRan = true')(); } catch (error) { window.functionError = error.name; }
`;

const lateJs = (foreignOrigin: string) => `
window.fetchResult = fetch('${foreignOrigin}/data.json').then(() => 'loaded', () => 'blocked');
window.ownFetch = fetch('/assets/probe.js').then((r) => r.status, () => 'blocked');
`;

function probePage(foreignOrigin: string): string {
  return `<!doctype html><html><head><title>csp probe</title>
<script src="/assets/probe.js"></script>
<script>window.inlineRan = true;</script>
<script src="${foreignOrigin}/remote.js"></script>
</head><body>
<img src="/missing.png" onerror="window.handlerRan = true">
<a id="link" href="javascript:window.javascriptUrlRan = true">x</a>
<iframe src="${foreignOrigin}/frame.html"></iframe>
<script src="/assets/late.js"></script>
</body></html>`;
}

const missing = existsSync(CHROMIUM_PATH) ? null : `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium, as .ci/run does)`;
if (missing) console.warn(`[web-server CSP] skipped: ${missing}`);

describe.skipIf(missing !== null)('web mode CSP in Chromium', () => {
  let dir: string;
  let app: App;
  let server: WebServer;
  let foreign: Server;
  let foreignRequests: string[];
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'concierge-csp-'));
    const rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    // Another origin on this machine, standing in for any site: it logs what it is asked for and answers everything.
    foreignRequests = [];
    foreign = createServer((request, response) => {
      foreignRequests.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' });
      response.end('window.remoteRan = true;');
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    const foreignOrigin = `http://localhost:${(foreign.address() as AddressInfo).port}`;
    await writeFile(join(rendererDir, 'index.html'), probePage(foreignOrigin));
    await writeFile(join(rendererDir, 'assets', 'probe.js'), PROBE_JS);
    await writeFile(join(rendererDir, 'assets', 'late.js'), lateJs(foreignOrigin));
    app = await createApp({ dataDir: join(dir, 'data'), seedSample: false });
    server = await startWebServer({ router: app.router, events: app.events, rendererDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await app?.close();
    await new Promise((resolve) => foreign?.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('runs only the app\'s own script files: inline code, eval, handlers, remote scripts and frames are blocked', async () => {
    const page = await browser.newPage();
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy([`ws://127.0.0.1:${server.port}`]));
    await page.click('#link');
    await page.waitForFunction('window.fetchResult && window.ownFetch');
    const seen = (await page.evaluate(`(async () => ({
      selfScriptRan: window.selfScriptRan === true,
      inlineRan: window.inlineRan === true,
      evalRan: window.evalRan === true,
      evalError: window.evalError,
      functionRan: window.functionRan === true,
      functionError: window.functionError,
      remoteRan: window.remoteRan === true,
      handlerRan: window.handlerRan === true,
      javascriptUrlRan: window.javascriptUrlRan === true,
      fetchResult: await window.fetchResult,
      ownFetch: await window.ownFetch,
    }))()`)) as Record<string, unknown>;
    expect(seen).toEqual({
      selfScriptRan: true,
      inlineRan: false,
      evalRan: false,
      evalError: 'EvalError',
      functionRan: false,
      functionError: 'EvalError',
      remoteRan: false,
      handlerRan: false,
      javascriptUrlRan: false,
      fetchResult: 'blocked',
      ownFetch: 200,
    });
    // Chromium reports each refusal, by the directive that refused it.
    await page.waitForFunction('new Set(window.violations).size >= 4');
    const violations = new Set((await page.evaluate('window.violations')) as string[]);
    for (const directive of ['script-src-elem', 'script-src', 'connect-src', 'frame-src']) expect(violations).toContain(directive);
    // The other origin was never even asked: CSP stops requests before they leave the browser.
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
