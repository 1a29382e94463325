import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/**
 * Strict Content-Security-Policy for the built app, as a meta tag. Only at
 * build: the dev server injects inline scripts. `frame-ancestors` cannot be set
 * by a meta tag; a host that serves the app should send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style props through the CSSOM, which CSP allows; no style attributes or <style> tags.
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'uitstroombord-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Everything the first page loads (the entry and what it imports statically)
 * in one file: eighteen small files each gzipped on their own cost about 4 kB
 * more than the same code in one, within a budget of 120 kB
 * (scripts/check-bundle.mjs). Views loaded on demand import from it.
 */
function initialChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const initial = new Set<string>();
  return {
    plugin: {
      name: 'uitstroombord-initial-chunk',
      apply: 'build',
      buildEnd() {
        initial.clear();
        const visit = (id: string) => {
          if (initial.has(id)) return;
          const info = this.getModuleInfo(id);
          if (!info) return;
          initial.add(id);
          info.importedIds.forEach(visit);
        };
        for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
      },
    },
    test: (id) => initial.has(id),
  };
}

const initial = initialChunk();

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    initial.plugin,
    VitePWA({
      strategies: 'generateSW',
      // Never a silent reload: the app asks (UpdatePrompt) and registers the worker itself.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Uitstroombord',
        short_name: 'Uitstroombord',
        description:
          'Stoplichten per randvoorwaarde voor uitstroom uit jeugdhulp met verblijf. Werkt zonder internet; gegevens blijven op dit apparaat.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Every built file, lazily loaded chunks included, so every view works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once (nothing to replace yet); updates still wait for the user.
        clientsClaim: true,
        skipWaiting: false,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  define: {
    'import.meta.env.APP_VERSION': JSON.stringify(version),
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', test: initial.test }] } },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
    // Vitest leaves one core free by default; on CI's two cores that halves the unit run's
    // speed (measured: 158 s with one worker, 91 s with two).
    maxWorkers: '100%',
    // Pure rules and the data layer need no DOM: they run in Node, which starts far
    // faster than a jsdom per test file. Screens and hooks get jsdom.
    projects: [
      // Pure rules and screens: the test files of one worker share their modules instead of
      // loading React, Dexie and the app again per file (unit run 118 s -> ~50 s on CI's two
      // cores); a screen test still gets its own jsdom, and UI state a test leaves behind is
      // put back by setup-dom.ts. Shuffled orders (--sequence.shuffle) pass.
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts'],
          isolate: false,
        },
      },
      // The data layer keeps a fresh module per file: Dexie's change notices are global to the
      // module, and a test of them must not hear another file's writes.
      {
        extends: true,
        test: { name: 'db', environment: 'node', include: ['src/db/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          setupFiles: ['./src/testing/setup-dom.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/{domain,db}/**/*.test.ts'],
        },
      },
    ],
  },
});
