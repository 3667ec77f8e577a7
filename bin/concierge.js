#!/usr/bin/env node
// Runs the CLI straight from the TypeScript sources, so `npx concierge` works right after `npm ci`.
import { register as registerHook } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// Packages' .mjs files skip tsx's loader (package-module-hook.js says why).
registerHook('../src-main/node/package-module-hook.js', import.meta.url);
await import('../src-main/cli/main.ts');
