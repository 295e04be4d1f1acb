import { chromium } from '@playwright/test';
import { chromiumArgs } from './playwright.config.ts';
import { serve } from './scripts/serve.ts';
const dir = process.argv[2] ?? 'dist';
const path = process.argv[3] ?? '/';
const server = await serve({ dir, port: 4192 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
await page.goto(`http://127.0.0.1:4192${path}`, { waitUntil: 'load' });
await page.waitForTimeout(4000);
const buf = await browser.stopTracing();
const { traceEvents } = JSON.parse(buf.toString()) as { traceEvents: any[] };
// main thread of renderer: thread with most RunTask under CrRendererMain
const names = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const ourPid = traceEvents.find((e) => e.name === 'ResourceSendRequest' && String(e.args?.data?.url).includes('127.0.0.1:4192'))?.pid;
const tids = new Set(names.filter((e) => e.pid === ourPid).map((e) => `${e.pid}:${e.tid}`));
const main = traceEvents.filter((e) => tids.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 30_000).sort((a, b) => a.ts - b.ts);
const t0 = Math.min(...main.map((e) => e.ts));
for (const task of tasks) {
  const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const byName = new Map<string, number>();
  for (const e of inside) {
    if (['ParseHTML', 'EvaluateScript', 'v8.compile', 'FunctionCall', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'HitTest', 'v8.callFunction', 'EventDispatch', 'Commit', 'ScheduleStyleRecalculation', 'v8.run', 'CompileScript', 'v8.compileModule', 'v8.evaluateModule', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING', 'BlinkGC.AtomicPhase', 'ResourceReceivedData', 'XHRReadyStateChange', 'RunMicrotasks', 'ParseAuthorStyleSheet'].includes(e.name))
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  const fn = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule').map((e) => `${e.name}:${e.args?.data?.url?.split('/').pop() ?? ''}:${e.args?.data?.functionName ?? ''}:${(e.dur/1000).toFixed(0)}`).slice(0, 6);
  console.log(`${((task.ts - t0) / 1000).toFixed(0)} ms: task ${(task.dur / 1000).toFixed(0)} ms`, JSON.stringify(Object.fromEntries([...byName].map(([k, v]) => [k, Math.round(v)]))), fn.join(' | '));
}
await browser.close(); server.close();
