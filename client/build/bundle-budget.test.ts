import { describe, expect, it, vi } from 'vitest';

import { bundleBudget } from './bundle-budget.ts';

type Hook = (this: { info: (m: string) => void; error: (m: string) => never }, options: unknown, bundle: unknown) => void;

function chunk(fileName: string, code: string, imports: string[] = [], isEntry = false, css: string[] = []) {
  return { type: 'chunk', fileName, code, imports, isEntry, viteMetadata: { importedCss: new Set(css) } };
}

// Random printable text compresses only to about 0.8 of its size: a reliable way to reach a budget.
const incompressible = (bytes: number) => Array.from({ length: bytes }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');

function run(bundle: Record<string, unknown>) {
  const context = { info: vi.fn(), error: vi.fn((message: string) => { throw new Error(message); }) };
  const plugin = bundleBudget({ initialJsKb: 10, initialCssKb: 5 });
  (plugin.generateBundle as unknown as Hook).call(context as never, {}, bundle);
  return context;
}

describe('bundleBudget', () => {
  it('counts the entry and its static imports, not lazily loaded routes', () => {
    const context = run({
      'index.js': chunk('index.js', incompressible(5_000), ['shared.js'], true, ['index.css']),
      'shared.js': chunk('shared.js', incompressible(5_000)),
      'dashboard.js': chunk('dashboard.js', incompressible(50_000)),
      'index.css': { type: 'asset', fileName: 'index.css', source: incompressible(1_000) },
    });
    expect(context.error).not.toHaveBeenCalled();
    expect(context.info.mock.calls[0]?.[0]).toMatch(/^initial JavaScript [78]\.\d kB gzip \(budget 10\), CSS 0\.\d kB gzip/);
  });

  it('fails the build when a static import takes the first load over budget', () => {
    expect(() =>
      run({
        'index.js': chunk('index.js', incompressible(4_000), ['charts.js'], true),
        'charts.js': chunk('charts.js', incompressible(12_000)),
      }),
    ).toThrow(/Over the first-load budget: JavaScript is 1\d\.\d kB/);
  });
});
