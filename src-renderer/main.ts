import { mount } from 'svelte';
import App from './App.svelte';
import StartupFailure from './StartupFailure.svelte';
import { createApiClient } from './lib/api-client.ts';
import './styles/theme.css';
import './styles/base.css';
import './styles/boot-shell.css';

const target = document.getElementById('app')!;
target.replaceChildren(); // the static boot shell from index.html
try {
  mount(App, { target, props: { api: createApiClient() } });
  performance.mark('concierge:app-mounted'); // read by the UI benchmark (tests/e2e/bench-ui.ts)
} catch (error) {
  // No API (e.g. the web address lost its token): say what to do instead of a blank window.
  mount(StartupFailure, { target, props: { error } });
}
