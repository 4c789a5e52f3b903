/// <reference types="vitest/config" />
// Builds the UI into ui/dist, which the Tauri binary embeds. The Fluent files live in the
// repository's locales/ folder, one level up, and are bundled at build time.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Records which npm packages the built interface contains (dist/bundled-packages.json), so the
 *  About page's licence list (`cargo xtask package`) names exactly those — including build-time
 *  packages like Svelte whose runtime ends up in the bundle. */
function bundledPackages(): Plugin {
  return {
    name: 'klar-bundled-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const names = new Set<string>();
      const record = (path: string) => {
        const m = path.replace(/\\/g, '/').match(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//);
        if (m) names.add(m[1]);
      };
      // Code modules, and files such as fonts that CSS pulls in as assets.
      for (const id of this.getModuleIds()) record(id);
      for (const item of Object.values(bundle)) {
        if (item.type === 'asset') for (const f of item.originalFileNames ?? []) record(f);
      }
      this.emitFile({ type: 'asset', fileName: 'bundled-packages.json', source: JSON.stringify([...names].sort()) });
    },
  };
}

export default defineConfig({
  // svelteTesting only acts under Vitest: Svelte's browser build for component tests, and
  // the DOM cleaned up after each test.
  plugins: [svelte(), svelteTesting(), bundledPackages()],
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
