import { gzipSync } from 'node:zlib';

import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The budgets for what a first visit downloads, gzipped. */
export type BundleBudget = { initialJsKb: number; initialCssKb: number };

/** Kilobytes as the budget states them: 1 kB = 1,000 bytes (stricter than kB). */
const kb = (bytes: number) => bytes / 1000;

/** The chunks a first visit loads: each entry and, transitively, what it imports statically (lazy routes excluded). */
function initialChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map<string, OutputChunk>();
  const visit = (fileName: string) => {
    const output = bundle[fileName];
    if (!output || output.type !== 'chunk' || chunks.has(fileName)) return;
    chunks.set(fileName, output);
    output.imports.forEach(visit);
  };
  Object.values(bundle)
    .filter((output): output is OutputChunk => output.type === 'chunk' && output.isEntry)
    .forEach((entry) => visit(entry.fileName));
  return [...chunks.values()];
}

function gzippedSize(bundle: OutputBundle, fileName: string): number {
  const output = bundle[fileName];
  if (!output) return 0;
  const source = output.type === 'chunk' ? output.code : output.source;
  return gzipSync(typeof source === 'string' ? Buffer.from(source) : Buffer.from(source), { level: 9 }).length;
}

/**
 * Fails `vite build` when the JavaScript or CSS a first visit loads is over budget (gzipped), and prints both, so the
 * budget is checked on every build, CI's included. Routes are lazy (router.tsx), so only the entry's static imports count.
 */
export function bundleBudget(budget: BundleBudget): Plugin {
  return {
    name: 'delivery-tracker-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = initialChunks(bundle);
      const js = chunks.reduce((sum, chunk) => sum + gzippedSize(bundle, chunk.fileName), 0);
      const cssFiles = new Set(chunks.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
      const css = [...cssFiles].reduce((sum, file) => sum + gzippedSize(bundle, file), 0);
      const line = `initial JavaScript ${kb(js).toFixed(1)} kB gzip (budget ${budget.initialJsKb}), CSS ${kb(css).toFixed(1)} kB gzip (budget ${budget.initialCssKb})`;
      this.info(line);
      const over = [
        kb(js) > budget.initialJsKb ? `JavaScript is ${kb(js).toFixed(1)} kB` : '',
        kb(css) > budget.initialCssKb ? `CSS is ${kb(css).toFixed(1)} kB` : '',
      ].filter(Boolean);
      if (over.length > 0) this.error(`Over the first-load budget: ${over.join(', ')} (gzipped). ${line}. Load the page lazily (router.tsx) or drop the dependency.`);
    },
  };
}
