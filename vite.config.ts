import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The renderer is one static bundle: Electron loads it from file:// and `concierge serve` from http://127.0.0.1,
// so every asset URL is relative (base './').
export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  base: './',
  plugins: [svelte()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Inline assets would become data: URLs that the strict CSP does not allow for scripts and fonts.
    assetsInlineLimit: 0,
  },
});
