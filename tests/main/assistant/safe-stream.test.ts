import { describe, expect, it } from 'vitest';
import { checkDraft, DEFAULT_CONTENT_FILTER } from '../../../src-main/assistant/content-filter.ts';
import { SafeStream } from '../../../src-main/assistant/safe-stream.ts';

function stream(cited: string[] = []) {
  const shown: string[] = [];
  const safe = new SafeStream((draft) => checkDraft(draft, cited, DEFAULT_CONTENT_FILTER), (text) => shown.push(text));
  return { safe, shown: () => shown.join('') };
}

describe('SafeStream', () => {
  describe('push()', () => {
    it('holds back the tail until more text proves it harmless', () => {
      const { safe, shown } = stream();
      safe.push(' Thanks for asking, our team will reply within one business day.');
      expect(shown()).toBe('Thanks for asking, our team will reply '); // the last 24 characters wait
      safe.finish('Thanks for asking, our team will reply within one business day.');
      expect(shown()).toBe('Thanks for asking, our team will reply within one business day.');
    });

    it('never shows any part of a blocked word split over tokens', () => {
      const { safe, shown } = stream();
      const pieces = [' You could also look at the offers on Ama', 'zon', ' today.'];
      const results = pieces.map((piece) => safe.push(piece));
      expect(results).toEqual([true, false, false]);
      expect(safe.blockedReason).toBe('blocked word "Amazon"');
      expect(shown()).not.toContain('Ama');
    });

    it('waits for a number to end before judging a price', () => {
      const { safe } = stream(['Gift wrapping costs $45.']);
      expect(safe.push(' It costs $4')).toBe(true);
      expect(safe.push('5 per item.')).toBe(true);
      expect(safe.push(' Or $5 for two.')).toBe(false);
    });

    it('hides a stop string as it forms and cuts the draft there', () => {
      const { safe, shown } = stream();
      safe.push(' Yes, we ship to Canada.\nCust');
      safe.push('omer: and Mexico?');
      expect(safe.finishPartial()).toBe('Yes, we ship to Canada.');
      expect(shown()).toBe('Yes, we ship to Canada.');
    });
  });
});
