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

/** The font files the first screen (the language picker: Latin at four weights, Cyrillic and
 *  Arabic) draws with. Preloaded from index.html, their fetching overlaps the script's start
 *  instead of waiting until the picker is laid out. */
const FIRST_SCREEN_FONTS = [
  /noto-sans-latin-400-normal/,
  /noto-sans-latin-600-normal/,
  /noto-sans-latin-700-normal/,
  /noto-sans-latin-800-normal/,
  /noto-sans-cyrillic-400-normal/,
  /klar-sans-arabic-400/,
];

function preloadFirstScreenFonts(): Plugin {
  return {
    name: 'klar-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.values(ctx.bundle ?? {})
          .filter((a) => a.type === 'asset' && a.fileName.endsWith('.woff2'))
          .map((a) => a.fileName)
          .filter((name) => FIRST_SCREEN_FONTS.some((re) => re.test(name)));
        if (files.length !== FIRST_SCREEN_FONTS.length) {
          throw new Error(`first-screen fonts: expected ${FIRST_SCREEN_FONTS.length}, found ${files.join(', ')}`);
        }
        return files.map((name) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `/${name}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  // svelteTesting only acts under Vitest: Svelte's browser build for component tests, and
  // the DOM cleaned up after each test.
  plugins: [svelte(), svelteTesting(), bundledPackages(), preloadFirstScreenFonts()],
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
