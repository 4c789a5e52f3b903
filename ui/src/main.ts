// Entry point: mounts the app and starts it (bootstrap from Rust).
import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { notices } from './lib/state/notice.svelte';
import { session } from './lib/state/session.svelte';
import { markStart } from './lib/startup';

// Imports are evaluated first: this mark is when the whole bundle has run.
markStart('klar-script');

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
window.addEventListener('unhandledrejection', (e) => notices.showError(e.reason));
// Started before the first render: the first call to Rust is on its way while the app mounts.
void session.start();
mount(App, { target });
