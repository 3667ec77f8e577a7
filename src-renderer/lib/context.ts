import { getContext, setContext } from 'svelte';
import type { ApiClient } from '../../src-main/shared/api/index.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { Preferences } from '../state/preferences.svelte.ts';
import type { Toasts } from '../state/toasts.svelte.ts';
import type { ErrorReport } from '../state/error-report.svelte.ts';
import type { Navigation } from '../state/navigation.svelte.ts';
import type { KnowledgeBase } from '../state/kb/knowledge-base.svelte.ts';
import type { ChatState } from '../state/chat/chat.svelte.ts';
import type { TrainingState } from '../state/training/training.svelte.ts';
import type { ModelsState } from '../state/models/models.svelte.ts';
import type { DesktopApi } from './desktop.ts';

/** A context slot under a private Symbol key; `get` fails loudly when a component is used outside the app. */
function defineContext<T>(name: string) {
  const key = Symbol(name);
  return {
    set: (value: T): T => setContext(key, value),
    get: (): T => {
      const value = getContext<T | undefined>(key);
      if (value === undefined) throw new Error(`${name} context is missing; render inside <App>.`);
      return value;
    },
  };
}

const api = defineContext<ApiClient>('api');
const i18n = defineContext<I18n>('i18n');
const preferences = defineContext<Preferences>('preferences');
const toasts = defineContext<Toasts>('toasts');
const errors = defineContext<ErrorReport>('errors');
const navigation = defineContext<Navigation>('navigation');
const knowledgeBase = defineContext<KnowledgeBase>('knowledgeBase');
const chat = defineContext<ChatState>('chat');
const training = defineContext<TrainingState>('training');
const models = defineContext<ModelsState>('models');
/** Null in web mode: there `get` returns null rather than failing. */
const desktop = defineContext<{ api: DesktopApi | null }>('desktop');

export const setApi = api.set;
export const getApi = api.get;
export const setI18n = i18n.set;
export const getI18n = i18n.get;
export const setPreferences = preferences.set;
export const getPreferences = preferences.get;
export const setToasts = toasts.set;
export const getToasts = toasts.get;
export const setErrors = errors.set;
export const getErrors = errors.get;
export const setNavigation = navigation.set;
export const getNavigation = navigation.get;
export const setKnowledgeBase = knowledgeBase.set;
export const getKnowledgeBase = knowledgeBase.get;
export const setChat = chat.set;
export const getChat = chat.get;
export const setTraining = training.set;
export const getTraining = training.get;
export const setModels = models.set;
export const getModels = models.get;
export const setDesktop = (api: DesktopApi | null): DesktopApi | null => desktop.set({ api }).api;
export const getDesktop = (): DesktopApi | null => desktop.get().api;
