// Two or more release builds side by side in headless Chromium, to tell whether a change
// made the analysis faster on a machine whose speed drifts from minute to minute.
//
//   trunk build --release --public-url ./ --dist /tmp/before   # on the old commit
//   trunk build --release --public-url ./ --dist /tmp/after    # on the new one
//   node bench/compare.mjs /tmp/before /tmp/after               # ROUNDS=9 by default
//
// Each build's worker runs in its own page. In every round each build in turn analyzes
// the first 300 BBC articles one after another (streamed), then 300 empty texts (the
// fixed cost of a message); the first round warms up and is not counted. Alternating in
// rounds, the builds share the machine's slow and fast minutes; the minimum over rounds
// is the steadiest figure.

import path from 'node:path';
import { launch } from '../tests/browser/harness.mjs';
import { corpus, serve } from './common.mjs';

const builds = process.argv.slice(2).map((dir) => path.resolve(dir));
if (builds.length < 2) {
  console.error('usage: node bench/compare.mjs BUILD_DIR BUILD_DIR...');
  process.exit(2);
}
const ROUNDS = Number(process.env.ROUNDS ?? 9);
const texts = (await corpus()).slice(0, 300);
const server = await serve(builds);
const browser = await launch();
const pages = [];
for (const k of builds.keys()) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/${k}/`);
  await page.evaluate(async () => {
    window.whosaid = await startWorker();
    window.version = 1;
  });
  pages.push(page);
}
const runs = builds.map(() => ({ roundTrip: [], analysis: [], empty: [] }));
for (let round = 0; round <= ROUNDS; round++) {
  for (const [k, page] of pages.entries()) {
    const r = await page.evaluate(async (sample) => {
      let analysis = 0;
      let t = performance.now();
      for (const text of sample) analysis += (await whosaid.analyze(version++, text)).millis;
      const roundTrip = performance.now() - t;
      t = performance.now();
      for (const _ of sample) await whosaid.analyze(version++, '');
      return { roundTrip, analysis, empty: performance.now() - t };
    }, texts);
    if (round > 0) for (const key of Object.keys(r)) runs[k][key].push(r[key]);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${Math.min(...xs).toFixed(1)} / ${median(xs).toFixed(1)}`;
console.log(`${ROUNDS} rounds of 300 articles; ms for all 300, minimum / median\n`);
console.log('| build | round trip | analysis (in the worker) | 300 empty texts |');
console.log('| --- | ---: | ---: | ---: |');
for (const [k, dir] of builds.entries()) {
  const r = runs[k];
  console.log(`| ${dir} | ${fmt(r.roundTrip)} | ${fmt(r.analysis)} | ${fmt(r.empty)} |`);
}
await browser.close();
server.close();
