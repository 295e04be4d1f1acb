import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../playwright.config.ts';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** When the page was seen to paint in the unthrottled trace Lantern simulates from. */
  observedFcp: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Lighthouse 12 with its mobile defaults (Moto G Power, simulated slow 4G, 4× CPU slowdown). */
async function runOnce(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, audits } = result!.lhr;
    const score = (name: string) => Math.round((categories[name]?.score ?? 0) * 100);
    const value = (name: string) => audits[name]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      observedFcp:
        (audits.metrics?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items?.[0]
          ?.observedFirstContentfulPaint ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}

/** The median of `runs` runs, figure by figure, and each run's own figures. */
export async function lighthouseMedian(
  url: string,
  runs = 3,
): Promise<LighthouseResult & { runs: LighthouseResult[] }> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  const keys = Object.keys(results[0]!) as (keyof LighthouseResult)[];
  return {
    ...(Object.fromEntries(
      keys.map((key) => [key, median(results.map((result) => result[key]))]),
    ) as unknown as LighthouseResult),
    runs: results,
  };
}
