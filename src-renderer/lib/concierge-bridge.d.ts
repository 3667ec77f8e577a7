import type { ConciergeBridge } from '../../src-main/shared/api/transport.ts';

declare global {
  interface Window {
    /** Set by the Electron preload (src-main/preload.ts); absent in web mode. */
    concierge?: ConciergeBridge;
  }
}
