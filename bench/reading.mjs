// What a reader feels in the release build, in headless Chromium: how long a pasted
// article takes to show its highlights, and how long a key takes in a very long text.
//
//   trunk build --release --public-url ./ && node bench/reading.mjs [dist ...]
//
// 1. Paste: a 5,000-word text (BBC articles from ../shared/data/bbc, joined) is pasted
//    into the Write tab, 2 s after the page opened (its worker has loaded). Two times run
//    from the paste event, both to a frame the reader sees:
//    - visible final: the first frame from which the visible screen's marks (each mark's
//      kind and place, each paragraph's place and the article's box) no longer change, so
//      a reflow after the marks appear (the sidebar narrowing the article, a paragraph
//      laid out late) counts until it is over. Issue 31 asks for 50 ms or less;
//    - whole final: the first frame after the last change under <article>
//      (MutationObserver), the whole article's marks. Issue 31: 120 ms or less.
//    Frames are sampled by a ResizeObserver that a requestAnimationFrame loop wakes each
//    frame: it runs after the frame's layout, before its paint, so it sees what is painted.
//    A run ends when the status says "analyzed" and nothing under <article> has changed
//    for a second.
// 2. One event: the same text arrives in the empty Write tab as one input event (as a
//    script, a drop or a restored form fills it), and the reader clicks Read at once; the
//    same two times, from the input event. Issue 31: 150 ms or less.
// 3. Typing in 1 MB: after a 1 MB text is analyzed, keys are typed at its end in the
//    Write tab; each key's time runs from its keydown to the frame after it. Issue 31 asks
//    for a median of 50 ms or less and no key over 100 ms. The same keys in a bare text
//    area of the same size, on the same page, say what the browser alone takes.
//
// Several builds (directories, default dist/) are measured in turn, ROUNDS times each,
// and the medians printed side by side, for BENCHMARKS.md.

import path from 'node:path';
import { launch, serve } from '../tests/browser/harness.mjs';
import { corpus, root } from './common.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const KEYS = 20;
const builds = process.argv.length > 2 ? process.argv.slice(2).map((d) => path.resolve(d)) : [path.join(root, 'dist')];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const words = (t) => t.split(/\s+/).filter(Boolean).length;

/** BBC articles joined until `target` words. */
function joined(texts, target) {
  const parts = [];
  let n = 0;
  for (const t of texts) {
    if (n >= target) break;
    parts.push(t.trim());
    n += words(t);
  }
  return parts.join('\n\n');
}

/** About `bytes` of the articles, joined. */
function long(texts, bytes) {
  const parts = [];
  let length = 0;
  for (let k = 0; length < bytes; k++) {
    const t = texts[k % texts.length].trim();
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n');
}

/** In the page: `window.settled(t0)` samples every frame from now on and resolves, once
 * the analysis is shown and still, to { visible, whole } in milliseconds from `t0`. */
function installWatcher() {
  window.settled = (t0) =>
    new Promise((resolve) => {
      const frames = [];
      let mutations = 0;
      let last = performance.now();
      let watched = null;
      const seen = new MutationObserver(() => {
        mutations++;
        last = performance.now();
      });
      // The visible screen: the article's box, and each visible paragraph's place with
      // its marks' kinds and places. Only paragraphs on screen are measured, so that
      // measuring lays out nothing the browser skipped.
      const screen = () => {
        const article = document.querySelector('article');
        if (!article) return '';
        const box = article.getBoundingClientRect();
        const out = [`${box.left},${box.top},${box.width}`];
        for (const p of article.querySelectorAll('p')) {
          const r = p.getBoundingClientRect();
          if (r.bottom < 0) continue;
          if (r.top > innerHeight) break;
          out.push(`p${r.top},${r.height}`);
          for (const m of p.querySelectorAll('mark')) {
            const q = m.getBoundingClientRect();
            out.push(`${m.dataset.kind}${q.left},${q.top},${q.width}`);
          }
        }
        return out.join(' ');
      };
      // A new <article> element is itself a change.
      const page = new MutationObserver(() => {
        const article = document.querySelector('article');
        if (article !== watched) {
          mutations++;
          last = performance.now();
          watched = article;
          seen.disconnect();
          if (article) seen.observe(article, { childList: true, subtree: true, attributes: true, characterData: true });
        }
      });
      page.observe(document.querySelector('.app'), { childList: true, subtree: true });
      const probe = document.createElement('div');
      probe.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
      document.body.append(probe);
      const sampler = new ResizeObserver(() => frames.push({ t: performance.now(), screen: screen(), mutations }));
      sampler.observe(probe);
      let running = true;
      const tick = () => {
        if (!running) return;
        probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const done = () => /analyzed in/.test(document.querySelector('.status')?.textContent ?? '');
      const check = () => {
        if (!(done() && document.querySelector('article mark') && performance.now() - last > 1000)) {
          setTimeout(check, 50);
          return;
        }
        running = false;
        page.disconnect();
        seen.disconnect();
        sampler.disconnect();
        probe.remove();
        const final = frames.at(-1);
        let k = frames.length - 1;
        while (k > 0 && frames[k - 1].screen === final.screen) k--;
        const whole = frames.find((f) => f.mutations === final.mutations);
        resolve({ visible: frames[k].t - t0, whole: whole.t - t0 });
      };
      check();
    });
}

async function open(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await context.addInitScript(installWatcher);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.app');
  // A reader pastes a moment after the page opens, when its worker has loaded.
  await page.waitForTimeout(2000);
  return { context, page };
}

/** Pastes `text` as a reader does; resolves to { visible, whole }. */
async function pasted(page, text) {
  await page.focus('textarea#article-input');
  return page.evaluate((t) => {
    const el = document.querySelector('textarea#article-input');
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const t0 = performance.now();
    const result = settled(t0);
    if (el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
      document.execCommand('insertText', false, t);
    }
    return result;
  }, text);
}

/** Puts `text` in the text area in one input event, then clicks Read; resolves to
 * { visible, whole } from the input event. */
async function oneEvent(page, text) {
  return page.evaluate((t) => {
    const el = document.querySelector('textarea#article-input');
    const t0 = performance.now();
    const result = settled(t0);
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('#tab-Read').click();
    return result;
  }, text);
}

/** Types KEYS letters at the end of the text area `selector`; resolves to each key's
 * milliseconds. */
async function keyTimes(page, selector) {
  await page.focus(selector);
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.setSelectionRange(el.value.length, el.value.length);
    window.keyTimes = [];
    el.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.keyTimes.push(performance.now() - t0), 0));
    });
  }, selector);
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.type('x');
    await page.waitForTimeout(150);
  }
  return page.evaluate(() => window.keyTimes);
}

/** Keys typed in the app's text area holding `text`, then in a bare one beside it. */
async function typing(page, text) {
  await page.click('#tab-Write');
  await page.fill('textarea#article-input', '');
  await pasted(page, text);
  await page.click('#tab-Write');
  const app = await keyTimes(page, 'textarea#article-input');
  // The analysis of the typed text, done before the bare text area is measured.
  await page.waitForFunction(() => /analyzed in/.test(document.querySelector('.status').textContent), null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  // The same geometry, without the app: the app's editor is hidden, a bare text area of
  // the same class takes its place.
  await page.evaluate((t) => {
    const editor = document.querySelector('.editor');
    const bare = editor.cloneNode(false);
    const area = document.createElement('textarea');
    area.id = 'bare';
    area.spellcheck = false;
    area.value = t;
    bare.append(area);
    editor.style.display = 'none';
    editor.after(bare);
  }, text);
  const bare = await keyTimes(page, 'textarea#bare');
  return { app, bare };
}

const texts = await corpus();
const article = joined(texts, 5000);
const megabyte = long(texts, 1_000_000);
const browser = await launch();
const results = builds.map(() => ({ paste: [], event: [], keys: [], bare: [] }));
for (let round = 0; round < ROUNDS; round++) {
  for (const [b, dir] of builds.entries()) {
    const server = await serve(dir);
    let { context, page } = await open(browser, server.url);
    results[b].paste.push(await pasted(page, article));
    if (round < 2) {
      const { app, bare } = await typing(page, megabyte);
      results[b].keys.push(...app);
      results[b].bare.push(...bare);
    }
    await context.close();
    ({ context, page } = await open(browser, server.url));
    results[b].event.push(await oneEvent(page, article));
    await context.close();
    await server.close();
  }
}
await browser.close();

const ms = (x) => `${x.toFixed(0)} ms`;
const spread = (xs) => `${ms(median(xs))} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const name = (dir) => path.relative(root, dir) || '.';
console.log(`Paste of ${words(article)} words; the same text in one input event, then Read; keys typed in ${megabyte.length} characters.`);
console.log(`${ROUNDS} rounds, medians (min–max); keys: ${KEYS} in each of 2 rounds.\n`);
console.log('| build | paste → visible marks final | paste → whole article final | one event → visible final | one event → whole final |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [b, dir] of builds.entries()) {
  const { paste, event } = results[b];
  const col = (rs, key) => spread(rs.map((r) => r[key]));
  console.log(`| ${name(dir)} | ${col(paste, 'visible')} | ${col(paste, 'whole')} | ${col(event, 'visible')} | ${col(event, 'whole')} |`);
}
console.log('\n| build | key in 1 MB, median | slowest key | bare text area, median | slowest |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [b, dir] of builds.entries()) {
  const { keys, bare } = results[b];
  console.log(`| ${name(dir)} | ${ms(median(keys))} | ${ms(Math.max(...keys))} | ${ms(median(bare))} | ${ms(Math.max(...bare))} |`);
}
