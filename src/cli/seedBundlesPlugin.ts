import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle } from './buildBundle.ts';
import { InputError, formatProblem, listSeeds } from './readInputs.ts';

/** What the app knows of every article before it loads one: enough for the article list. */
export interface ArticleSummary {
  slug: string;
  title: string;
  titleGloss?: string;
}

const VIRTUAL_ID = 'virtual:kabar-articles';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const BUNDLE_URL = /^\/bundles\/([a-z0-9-]+)\.json$/u;

export function buildAll(seedsDir: string): Bundle[] {
  const problems: string[] = [];
  const bundles: Bundle[] = [];
  for (const seed of listSeeds(seedsDir)) {
    try {
      bundles.push(buildBundle(seed).bundle);
    } catch (error) {
      if (error instanceof InputError) problems.push(...error.problems.map(formatProblem));
      else throw error;
    }
  }
  if (problems.length > 0)
    throw new Error(`Kabar could not parse the seeds:\n${problems.join('\n')}`);
  return bundles;
}

export function articleSummaries(bundles: readonly Bundle[]): ArticleSummary[] {
  return bundles.map((bundle) => ({
    slug: bundle.id,
    title: bundle.title.text,
    ...(bundle.title.gloss === undefined ? {} : { titleGloss: bundle.title.gloss }),
  }));
}

/**
 * Turns every `seeds/<slug>/` into `bundles/<slug>.json` (served by the dev server, written by
 * the build) and offers the list of articles as `virtual:kabar-articles`. The dev server
 * reloads the page when a seed changes.
 */
export function seedBundles(options: { seedsDir: string }): Plugin {
  let root = process.cwd();
  const seedsPath = (): string => path.resolve(root, options.seedsDir);

  function watch(server: ViteDevServer): void {
    server.watcher.add(seedsPath());
    server.watcher.on('all', (_event, file) => {
      if (!path.resolve(file).startsWith(seedsPath())) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
    });
  }

  return {
    name: 'kabar-seed-bundles',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const articles = articleSummaries(buildAll(seedsPath()));
      return `export const articles = ${JSON.stringify(articles)};\n`;
    },
    configureServer(server) {
      watch(server);
      server.middlewares.use((request, response, next) => {
        const slug = BUNDLE_URL.exec(request.url?.split('?')[0] ?? '')?.[1];
        if (slug === undefined) return next();
        try {
          const bundle = buildAll(seedsPath()).find((b) => b.id === slug);
          if (!bundle) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(bundle));
        } catch (error) {
          response.statusCode = 500;
          response.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
    generateBundle() {
      for (const bundle of buildAll(seedsPath())) {
        this.emitFile({
          type: 'asset',
          fileName: `bundles/${bundle.id}.json`,
          source: JSON.stringify(bundle),
        });
      }
    },
  };
}
