// The release build's speed in headless Chromium, side by side with compromise.js.
//
//   trunk build --release --public-url ./ && node bench/browser.mjs
//
// whosaid is driven as the app drives it: texts go to the analysis Web Worker
// (dist/worker_loader.js) and its answers come back. Two times are recorded per text: the
// worker's own analysis time, and the round trip the page sees (with messaging and JSON).
// compromise.js (npm, MIT) extracts people, places, organizations and quotations from the
// same texts in the same page. Texts are BBC news articles from ../shared/data/bbc.
// Two orders are timed: interleaved (each article by whosaid, then by compromise.js, so
// that each starts with cold caches) and streamed (all by whosaid, then all by compromise.js).
// Prints a Markdown report for BENCHMARKS.md.

import path from 'node:path';
import { launch } from '../tests/browser/harness.mjs';
import { corpus, root, serve } from './common.mjs';

const ARTICLES = Number(process.env.ARTICLES ?? 300);

const words = (t) => t.split(/\s+/).filter(Boolean).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const texts = await corpus();
const sample = texts.slice(0, ARTICLES);
const server = await serve([path.join(root, 'dist')]);
const browser = await launch();
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/0/`);
const version = await browser.version();

const result = await page.evaluate(
  async ({ sample, scaling }) => {
    const whosaid = await startWorker();
    // compromise.js's people, places, organizations and quotations.
    const extract = (text) => {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.quotations().out('array');
    };
    let version = 1;
    // A first pass warms up both (compromise's JIT, whosaid's caches); the second counts.
    let rows;
    for (let pass = 0; pass < 2; pass++) {
      rows = [];
      for (const text of sample) {
        const t0 = performance.now();
        const out = await whosaid.analyze(version++, text);
        const roundTrip = performance.now() - t0;
        const t1 = performance.now();
        extract(text);
        const compromise = performance.now() - t1;
        rows.push({ analysis: out.millis, roundTrip, compromise });
      }
    }
    // Then each over the whole stream in turn, as a batch of articles is read, so that
    // neither evicts the other's code and data from the CPU caches between two articles.
    const stream = { analysis: 0, roundTrip: 0, compromise: 0 };
    let t = performance.now();
    for (const text of sample) stream.analysis += (await whosaid.analyze(version++, text)).millis;
    stream.roundTrip = performance.now() - t;
    // And all sent at once, as a throughput measure: the worker's queue never runs dry,
    // so no article waits for a message to wake it (each is still answered alone).
    t = performance.now();
    const answers = await Promise.all(sample.map((text) => whosaid.analyze(version++, text)));
    stream.pipelined = performance.now() - t;
    stream.answered = answers.filter(Boolean).length;
    t = performance.now();
    for (const text of sample) extract(text);
    stream.compromise = performance.now() - t;
    // Each size three times, keeping the median: one run can land on a pause of the
    // machine (a shared virtual machine here).
    const scale = [];
    const mid = (xs) => [...xs].sort((a, b) => a - b)[1];
    for (const text of scaling) {
      const runs = [];
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        const out = await whosaid.analyze(version++, text);
        runs.push({ analysis: out.millis, roundTrip: performance.now() - t0 });
      }
      scale.push({ analysis: mid(runs.map((r) => r.analysis)), roundTrip: mid(runs.map((r) => r.roundTrip)) });
    }
    return { rows, stream, scale };
  },
  {
    sample,
    scaling: [1_000, 10_000, 100_000, 1_000_000].map((n) => {
      const parts = [];
      for (let i = 0, count = 0; count < n; i = (i + 1) % texts.length) {
        parts.push(texts[i]);
        count += words(texts[i]);
      }
      return parts.join('\n\n');
    }),
  },
);

const counts = sample.map(words);
const total = counts.reduce((a, b) => a + b, 0);
const sum = (k) => result.rows.reduce((a, r) => a + r[k], 0);
// From sums, not per-article medians: the worker's clock ticks in whole milliseconds.
const per1000 = (k) => (sum(k) * 1000) / total;
console.log(`Chromium ${version}, ${sample.length} BBC articles, ${total} words (median ${median(counts)} words)\n`);
console.log('| | whosaid analysis (worker) | whosaid round trip (page) | compromise.js |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| ms per 1,000 words | ${per1000('analysis').toFixed(2)} | ${per1000('roundTrip').toFixed(2)} | ${per1000('compromise').toFixed(2)} |`);
console.log(`| words per second | ${Math.round((total / sum('analysis')) * 1000)} | ${Math.round((total / sum('roundTrip')) * 1000)} | ${Math.round((total / sum('compromise')) * 1000)} |`);
console.log(`\nthroughput ratio, interleaved: round trip ${(sum('compromise') / sum('roundTrip')).toFixed(1)}x, analysis ${(sum('compromise') / sum('analysis')).toFixed(1)}x\n`);
const streamed = (k) => `${((result.stream[k] * 1000) / total).toFixed(2)}`;
console.log('Streamed (all articles by whosaid, then all by compromise.js):\n');
console.log(`| ms per 1,000 words | ${streamed('analysis')} | ${streamed('roundTrip')} | ${streamed('compromise')} |`);
console.log(`\nthroughput ratio, streamed: round trip ${(result.stream.compromise / result.stream.roundTrip).toFixed(1)}x, analysis ${(result.stream.compromise / result.stream.analysis).toFixed(1)}x\n`);
if (result.stream.answered === sample.length) {
  console.log(`Pipelined (all ${sample.length} articles sent at once, every one answered): ${streamed('pipelined')} ms per 1,000 words, ${(result.stream.compromise / result.stream.pipelined).toFixed(1)}x compromise.js\n`);
} else {
  console.log(`Pipelined: not measured, only ${result.stream.answered} of ${sample.length} articles answered (a pause of the machine made one run long, and the worker superseded the texts queued behind it)\n`);
}
console.log('| words | analysis ms | round trip ms | ms per 1,000 words |');
console.log('| ---: | ---: | ---: | ---: |');
[1_000, 10_000, 100_000, 1_000_000].forEach((n, i) => {
  const s = result.scale[i];
  console.log(`| ${n.toLocaleString('en')} | ${s.analysis.toFixed(1)} | ${s.roundTrip.toFixed(1)} | ${(s.analysis / (n / 1000)).toFixed(2)} |`);
});
await browser.close();
server.close();
