// Web mode on an empty data folder, as a child process: `node --import tsx tests/helpers/web-mode-server.ts DATA_DIR`
// prints the URL on its first line. For tests that must not import the main process (renderer tests type-check
// against the DOM, not Node). Unlike `concierge serve` it neither seeds the sample nor trains a starter model.
import { createApp } from '../../src-main/app/create-app.ts';
import { startWebServer } from '../../src-main/server/web-server.ts';

const dataDir = process.argv[2];
const app = await createApp({ dataDir, seedSample: false });
const server = await startWebServer({ router: app.router, events: app.events, rendererDir: dataDir });
console.log(server.url);
process.once('SIGTERM', async () => {
  await server.close();
  await app.close();
});
