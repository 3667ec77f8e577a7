import { STARTER_NAME, versionFamily } from '../../../src-main/shared/version-name.ts';
import type { MessageKey, MessageParams } from '../../i18n/i18n.svelte.ts';

/**
 * A version's name as the UI shows it: the built-in starter's name, and its retrains' ("入门模型 · 2026-11-30"), in
 * the UI's language; every other name as stored. The stored name is never changed.
 */
export function modelDisplayName(name: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  return versionFamily(name) === STARTER_NAME ? t('models.starterName') + name.slice(STARTER_NAME.length) : name;
}
