export const SCREENS = ['chat', 'kb', 'training', 'models', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** Which screen is open. The knowledge base is first for now: it is the screen that works before the rest land. */
export class Navigation {
  current = $state<Screen>('kb');

  go(screen: Screen): void {
    this.current = screen;
  }
}
