import { mount } from 'svelte';
import App from './App.svelte';
import StartupFailure from './StartupFailure.svelte';
import { createApiClient } from './lib/api-client.ts';
import './styles/theme.css';
import './styles/base.css';

const target = document.getElementById('app')!;
try {
  mount(App, { target, props: { api: createApiClient() } });
} catch (error) {
  // No API (e.g. the web address lost its token): say what to do instead of a blank window.
  mount(StartupFailure, { target, props: { error } });
}
