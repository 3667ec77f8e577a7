import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.ts';
import { lowContrastText } from './support/contrast.ts';
import { startJourney } from './support/journey.ts';
import type { ServedApp } from './support/served-app.ts';

// Journey: the smallest supported window, keyboard navigation, Chinese and back to English, the dark theme.
// With UPDATE_README_SCREENSHOT=1 it also refreshes the README's picture, resources/screenshot.png.
let server: ServedApp;
let browser: Browser;
let page: Page;
let problems: string[];

const nav = () => page.getByRole('navigation');
const SCREENS_EN = ['Chat', 'Knowledge base', 'Training', 'Models', 'Settings'];
const SCREENS_ZH = ['对话', '知识库', '训练', '模型', '设置'];
/** Waits for a control each screen shows once it has loaded. */
const ready: Record<string, () => Promise<void>> = {
  Chat: () => page.getByRole('textbox', { name: 'Question' }).waitFor(),
  'Knowledge base': () => page.getByRole('searchbox', { name: 'Search entries' }).waitFor(),
  Training: () => page.getByRole('button', { name: 'Start training' }).waitFor(),
  Models: () => page.getByRole('button', { name: 'Import folder…' }).waitFor(),
  Settings: () => page.getByRole('slider').first().waitFor(),
};

describe('app shell in the browser', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await startJourney({ width: 1024, height: 700 }));
    await page.goto(server.url);
    await page.getByTestId('kb-count').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('fits every screen in a 1024×700 window without horizontal scrolling', async () => {
    for (const name of SCREENS_EN) {
      await nav().getByRole('button', { name }).click();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, name).toBeLessThanOrEqual(0);
      await screenshot(page, `shell-1024-${name.toLowerCase().replace(/ /g, '-')}`);
    }
  });

  it('fits a 900×700 browser tab: the sidebar becomes a rail of named icons, every action stays in view', async () => {
    await page.setViewportSize({ width: 900, height: 700 });
    try {
      const sidebarWidth = await nav().evaluate((element) => element.getBoundingClientRect().width);
      expect(sidebarWidth).toBeLessThan(80);
      for (const name of SCREENS_EN) {
        // Found by its accessible name: the label is hidden from sight, not from screen readers.
        await nav().getByRole('button', { name }).click();
        await page.waitForTimeout(300);
        const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect(overflow, name).toBeLessThanOrEqual(0);
        await screenshot(page, `shell-900-${name.toLowerCase().replace(/ /g, '-')}`);
      }
      await nav().getByRole('button', { name: 'Chat' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Send' }).isVisible()).toBe(true);
      const send = (await page.getByRole('button', { name: 'Send' }).boundingBox())!;
      expect(send.x + send.width).toBeLessThanOrEqual(900);
      await nav().getByRole('button', { name: 'Knowledge base' }).click();
      const add = (await page.getByRole('button', { name: 'New entry' }).boundingBox())!;
      expect(add.x + add.width).toBeLessThanOrEqual(900);
    } finally {
      await page.setViewportSize({ width: 1024, height: 700 });
    }
  });

  it('moves between screens with the arrow keys', async () => {
    await nav().getByRole('button', { name: 'Chat' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await nav().getByRole('button', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await nav().getByRole('button', { name: 'Models' }).getAttribute('aria-current')).toBe('page');
  });

  it('names every control on every screen for assistive technology', async () => {
    // Chromium's own accessibility tree, so the names are the ones a screen reader gets.
    const cdp = await page.context().newCDPSession(page);
    const NAMED_ROLES = ['button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'switch', 'radio', 'slider', 'spinbutton', 'tab', 'link', 'menuitem', 'progressbar'];
    // A control listed once: the hidden file input its button opens is no second button of that name.
    const ONCE: Record<string, string> = { 'Knowledge base': 'Import…', Settings: 'Calibrate from test questions…' };
    for (const name of SCREENS_EN) {
      await nav().getByRole('button', { name }).click();
      await ready[name]();
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
      };
      const controls = nodes.filter((node) => !node.ignored && NAMED_ROLES.includes(node.role?.value ?? ''));
      expect(controls.length, name).toBeGreaterThan(5);
      const unnamed = controls.filter((node) => !node.name?.value.trim()).map((node) => node.role!.value);
      expect(unnamed, name).toEqual([]);
      if (ONCE[name]) expect(controls.filter((node) => node.name?.value === ONCE[name]).length, name).toBe(1);
    }
    await cdp.detach();
  });

  it('shows the whole focus ring of every control reached with Tab, table rows included', async () => {
    await nav().getByRole('button', { name: 'Knowledge base' }).click();
    await page.getByRole('checkbox', { name: /^Select: / }).first().waitFor();
    await nav().getByRole('button', { name: 'Settings' }).focus();
    const clipped = new Set<string>();
    const reached: string[] = [];
    // Past the toolbar and the list (one Tab stop, its row) to the end of the page.
    for (let stop = 0; stop < 24; stop++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate<string>(
        `!document.activeElement || document.activeElement === document.body ? 'end' : (document.activeElement.getAttribute('role') ?? '')`,
      );
      if (role === 'end') break;
      reached.push(role);
      const problem = await page.evaluate<string | null>(`(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        const name = element.getAttribute('aria-label') || element.textContent.trim();
        if (style.outlineStyle === 'none') return name + ': no focus ring';
        const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const box = element.getBoundingClientRect();
        const ring = { left: box.left - grow, top: box.top - grow, right: box.right + grow, bottom: box.bottom + grow };
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          const clip = getComputedStyle(parent);
          if (clip.overflowX === 'visible' && clip.overflowY === 'visible' && !/paint|strict|content/.test(clip.contain)) continue;
          const edge = parent.getBoundingClientRect();
          if (ring.left < edge.left - 0.5 || ring.top < edge.top - 0.5 || ring.right > edge.right + 0.5 || ring.bottom > edge.bottom + 0.5) {
            return name + ': focus ring clipped by .' + parent.className.split(' ')[0];
          }
        }
        return null;
      })()`);
      if (problem) clipped.add(problem);
    }
    expect([...clipped]).toEqual([]);
    expect(reached.filter((role) => role === 'row')).toHaveLength(1);
  });

  it('shows the focus ring on the menu item the arrow keys reach, not only a faint shade', async () => {
    await nav().getByRole('button', { name: 'Knowledge base' }).click();
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    const ring = await page.evaluate<{ role: string | null; outline: string; width: number }>(`(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      return { role: element.getAttribute('role'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    })()`);
    expect(ring).toEqual({ role: 'menuitem', outline: 'solid', width: 2 });
    await page.keyboard.press('Escape');
  });

  it('switches the whole UI to Chinese and back to English', async () => {
    await nav().getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '中文' }).check();
    for (const name of SCREENS_ZH) await nav().getByRole('button', { name }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot(page, 'shell-zh-settings');
    await nav().getByRole('button', { name: '知识库' }).click();
    await page.getByRole('heading', { name: '知识库' }).waitFor();
    await page.getByRole('searchbox', { name: '搜索条目' }).waitFor();
    await screenshot(page, 'shell-zh-kb');
    await nav().getByRole('button', { name: '对话' }).click();
    await page.getByRole('button', { name: '新对话' }).first().waitFor();
    await screenshot(page, 'shell-zh-chat');

    await nav().getByRole('button', { name: '设置' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    for (const name of SCREENS_EN) await nav().getByRole('button', { name }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('switches to the dark theme and keeps the choice after a reload', async () => {
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'shell-dark-settings');
    await page.reload();
    await nav().getByRole('button', { name: 'Knowledge base' }).click();
    await page.getByTestId('kb-count').waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'shell-dark-kb');
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('dialog', { name: 'New entry' }).waitFor();
    await screenshot(page, 'shell-dark-editor');
    await page.keyboard.press('Escape');
    await nav().getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Same as system' }).last().check();
  });

  it('keeps every text at AA contrast (4.5:1) against what is behind it, on every screen, in the light and dark themes', async () => {
    // A hand-off puts an item in the review queue: the Knowledge base's Review queue tab shows its count on a badge.
    await server.invoke('chat:send', { text: 'Write me a poem about the sea' });
    try {
      for (const theme of ['Light', 'Dark']) {
        await nav().getByRole('button', { name: 'Settings' }).click();
        await page.getByRole('radio', { name: theme }).check();
        for (const name of SCREENS_EN) {
          await nav().getByRole('button', { name }).click();
          await ready[name]();
          if (name === 'Knowledge base') await page.getByRole('tab', { name: /^Review queue/ }).getByText('1', { exact: true }).waitFor();
          expect(await lowContrastText(page), `${name}, ${theme}`).toEqual([]);
        }
        await nav().getByRole('button', { name: 'Knowledge base' }).click();
        await page.getByRole('button', { name: 'New entry' }).click();
        const editor = page.getByRole('dialog', { name: 'New entry' });
        await editor.waitFor();
        expect(await lowContrastText(page), `the entry editor, ${theme}`).toEqual([]);
        await page.keyboard.press('Escape');
        await editor.waitFor({ state: 'detached' });
      }
    } finally {
      await nav().getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('radio', { name: 'Same as system' }).last().check();
    }
  });

  it('answers two FAQ questions in the chat for the README screenshot', async () => {
    await page.setViewportSize({ width: 1200, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await nav().getByRole('button', { name: 'Chat' }).click();
    for (const question of ['如何申请退货？', 'Do you sell gift cards?']) {
      await page.getByRole('textbox', { name: 'Question' }).fill(question);
      await page.keyboard.press('Enter');
      await page.getByRole('article', { name: 'Concierge' }).last().getByText('FAQ answer').waitFor();
    }
    await page.getByRole('textbox', { name: 'Question' }).blur();
    await page.waitForTimeout(300);
    await screenshot(page, 'readme-chat');
    // Only a deliberate refresh rewrites the committed picture.
    if (process.env.UPDATE_README_SCREENSHOT === '1') {
      await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'resources', 'screenshot.png') });
    }
  });

  it('raised no page error, console error or CSP violation', () => {
    expect(problems).toEqual([]);
  });
});
