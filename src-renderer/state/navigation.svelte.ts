export const SCREENS = ['chat', 'kb', 'training', 'models', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** Which screen is open. The knowledge base opens first: it shows what the assistant knows and where to start. */
export class Navigation {
  current = $state<Screen>('kb');

  go(screen: Screen): void {
    this.current = screen;
  }
}
