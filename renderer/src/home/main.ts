import { mount } from 'svelte';
import '../lib/theme.css';
import '../lib/small-window.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
