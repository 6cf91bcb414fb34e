import { mount } from 'svelte';
import '../lib/theme.css';
import './routine.css';
import App from './App.svelte';
import { startWindow } from '../lib/i18n.svelte';

void startWindow(
  () => mount(App, { target: document.getElementById('app') as HTMLElement }),
  'window.title.routine',
);
