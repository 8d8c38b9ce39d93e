// Lighthouse figures for the SPA's dashboard and plan tree, signed in: LCP, total blocking time and CLS, desktop and
// mobile presets, the median of RUNS runs each. Called by ../lighthouse.sh, which starts the API; a command, not a test.
//   BASE_URL, EMAIL, PASSWORD: the running API (serving the built SPA) and a demo user to sign in as
//   RUNS (default 3); CHROME_PATH (default /usr/bin/chromium)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:5080';
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // Sign in through the SPA's own form, so the session and CSRF cookies are the browser's, as for a user.
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'networkidle0' });
  await page.type('input[type=email], input[name=email]', process.env.EMAIL ?? 'board@example.org');
  await page.type('input[type=password]', process.env.PASSWORD ?? '');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
  const planId = await page.evaluate(async () => {
    const response = await fetch('/api/v1/plans', { credentials: 'same-origin' });
    const body = await response.json();
    return body.items.find((plan) => plan.title.startsWith('Building Safer Communities'))?.id;
  });
  if (!planId) throw new Error('Signed in, but the demo plan was not found: check EMAIL and PASSWORD.');
  await page.close();

  const pages = [
    { name: 'dashboard', url: `${baseUrl}/plans/${planId}/dashboard` },
    { name: 'plan tree', url: `${baseUrl}/plans/${planId}` },
  ];
  const port = Number(new URL(browser.wsEndpoint()).port);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`| page | preset | LCP ms | TBT ms | CLS | performance score | runs |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
  for (const target of pages) {
    for (const preset of ['desktop', 'mobile']) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          target.url,
          { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const audits = result.lhr.audits;
        results.push({
          lcp: audits['largest-contentful-paint'].numericValue,
          tbt: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          score: result.lhr.categories.performance.score * 100,
        });
      }
      const m = (key) => median(results.map((r) => r[key]));
      console.log(`| ${target.name} | ${preset} | ${m('lcp').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} | ${m('score').toFixed(0)} | ${runs} |`);
    }
  }
} finally {
  await browser.close();
}
