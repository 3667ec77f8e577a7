import { describe, expect, it } from 'vitest';
import type { Router } from '../../../src-main/app/router.ts';
import { withDesktopChannels } from '../../../src-main/ipc/desktop-channels.ts';

describe('withDesktopChannels()', () => {
  const calls: string[] = [];
  const router: Router = { call: async (name) => (calls.push(name), `app:${name}`) };
  const wrapped = withDesktopChannels(router, {
    'desktop:pick-folder': async ({ title }) => ({ path: `/picked/for/${title}` }),
    'desktop:use-data-folder': async () => ({ restarting: true }),
  });

  it('serves the desktop channels and passes every other channel to the app router', async () => {
    await expect(wrapped.call('desktop:pick-folder', { title: 'Models' })).resolves.toEqual({ path: '/picked/for/Models' });
    await expect(wrapped.call('faq:list', {})).resolves.toBe('app:faq:list');
    expect(calls).toEqual(['faq:list']);
  });

  it('validates a desktop channel’s input before its handler runs', async () => {
    await expect(wrapped.call('desktop:use-data-folder', { path: '' })).rejects.toMatchObject({
      kind: 'invalid-input',
      code: 'input.required', // said in the UI's language, as the app router's refusals are
      params: { field: 'path' },
    });
    await expect(wrapped.call('desktop:pick-folder', {})).rejects.toThrow(/title/);
  });
});
