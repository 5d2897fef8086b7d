/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { seedBundles } from './src/cli/seedBundlesPlugin.ts';
import { eagerCompile } from './src/cli/eagerCompilePlugin.ts';
import { noTransUnescape } from './src/cli/noTransUnescapePlugin.ts';
import { slimPreloadHelper } from './src/cli/slimPreloadHelperPlugin.ts';

export default defineConfig({
  plugins: [
    react(),
    seedBundles({ seedsDir: 'seeds' }),
    slimPreloadHelper(),
    noTransUnescape(),
    // The reader's own chunk (src/app/main.tsx), loaded after the first paint.
    eagerCompile(['main']),
  ],
  build: {
    target: 'es2022',
    modulePreload: false,
    // One stylesheet: lazily loaded chunks then need no CSS loader (Vite's preload helper) in the
    // first view's script, and the few rules of lazy features cost less than that helper.
    cssCodeSplit: false,
    // The word-gloss lexicon (about 630 KB, 230 KB gzipped) is one lazy chunk on purpose: it loads
    // on the first tapped word, never with the page.
    chunkSizeWarningLimit: 700,
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: on a two-core machine, one, and the 36
    // files ran one after another (69 s). Two workers: 44 s, the CLI tests' child processes on one
    // while the rest run on the other.
    maxWorkers: 2,
    // CI adds a JSON report that .ci/run reads for its closing "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-reports/vitest.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts', 'tests/setupDom.ts'],
        },
      },
    ],
  },
});
