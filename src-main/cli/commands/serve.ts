import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { startWebServer } from '../../server/web-server.ts';
import { noPositionals, parseCommandArgs, parseInteger } from '../args.ts';
import type { Command } from '../command.ts';
import { openApp } from '../with-app.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: `Usage: concierge serve [--port N] [--data DIR]

Serves the desktop app's UI and API on http://127.0.0.1 only. The first line on stdout is the address to
open; it carries a random token that changes every launch and is required on every request.
Builds the UI first (vite build) when out/renderer is missing. Loads the sample FAQ into an empty
knowledge base. Stop with Ctrl+C.

Options:
  --port N   port to listen on; 0 (the default) picks a free one`,

  async run(args, leading) {
    const { values, positionals, global } = parseCommandArgs(args, { port: { type: 'string' } }, leading);
    noPositionals(positionals);
    const port = parseInteger(values.port ?? '0', '--port', 0, 65_535);
    // stdout carries the URL and nothing else, whatever a service logs: logging goes to stderr.
    console.log = console.info = console.debug = console.error;
    const rendererDir = await ensureRendererBuilt();
    const app = await openApp({ dataDir: global.dataDir, seedSample: true, warmIndex: true });
    const server = await startWebServer({ router: app.router, events: app.events, rendererDir, port }).catch(
      async (error: unknown) => {
        await app.close();
        throw error;
      },
    );
    // The first stdout line is the contract scripts and tests read: nothing may print before it.
    process.stdout.write(`${server.url}\n`);
    console.error(`Data folder: ${global.dataDir}. Press Ctrl+C to stop.`);

    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await app.close();
  },
};
