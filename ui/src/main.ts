// Entry point: mounts the app and starts it (bootstrap from Rust).
import { mount } from 'svelte';
import './fonts.css';
import './app.css';
import App from './App.svelte';
import { app } from './lib/app.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
mount(App, { target });

window.addEventListener('unhandledrejection', (e) => app.showError(e.reason));
void app.start();
