import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';

/** The name main gives the version trained from scratch (src-main/training/version-name.ts), stored in English. */
const STARTER = 'Starter';
/** The starter itself, or a retrain of it ("Starter · 2026-11-30", older "Starter + FAQ"). */
const STARTER_FAMILY = /^Starter(?=$| · | \+ FAQ)/;

/**
 * A version's name as the UI shows it: the built-in starter's name in the UI's language ("入门模型 · 2026-11-30"),
 * every other name as stored. The stored name is never changed.
 */
export function modelDisplayName(name: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  return STARTER_FAMILY.test(name) ? t('models.starterName') + name.slice(STARTER.length) : name;
}
