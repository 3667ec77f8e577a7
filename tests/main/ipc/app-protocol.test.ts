import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/server/content-security-policy.ts';
import { fakeSession } from './fake-electron.ts';

const schemes = vi.hoisted(() => [] as unknown[]);
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: (list: unknown[]) => void schemes.push(...list) } }));

const { registerAppScheme, serveRenderer } = await import('../../../src-main/ipc/app-protocol.ts');

describe('app protocol', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'concierge-app-protocol-'));
    await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Concierge</title>');
    await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'export {}');
    await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
    const fake = fakeSession();
    serveRenderer(fake.session, join(dir, 'renderer'));
    handler = fake.protocolHandler('app');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('registers app:// as standard and secure, without bypassing the CSP or opening CORS', () => {
    registerAppScheme();
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the page and its assets with the strict CSP header', async () => {
    for (const url of ['app://concierge/index.html', 'app://concierge/assets/app.js']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves nothing for another host or outside the renderer folder', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://concierge/../secret.txt',
      'app://concierge/%2e%2e/secret.txt',
      'app://concierge/assets/..%2f..%2fsecret.txt',
      'app://concierge/%00index.html',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });
});
