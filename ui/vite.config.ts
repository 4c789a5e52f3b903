/// <reference types="vitest/config" />
// Builds the UI into ui/dist, which the Tauri binary embeds. The Fluent files live in the
// repository's locales/ folder, one level up, and are bundled at build time.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  // svelteTesting only acts under Vitest: Svelte's browser build for component tests, and
  // the DOM cleaned up after each test.
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // No inline data: module preload polyfill needed in the webview; keeps the CSP simple.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts'],
    // Plain logic tests run in Node; component tests opt into a DOM with
    // `// @vitest-environment jsdom` at the top of the file.
    environment: 'node',
  },
});
