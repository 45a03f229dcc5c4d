// What makes the highlights come as fast as the reader: a new text is analyzed at once,
// however it arrives, and only typing waits for a pause. No timings are asserted here
// (bench/reading.mjs measures them); only what happens, and in which order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, launch, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const env = suite();

/** The app, with every message the page posts to a worker counted in `window.posts`. */
async function counted() {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 800 } });
  await context.addInitScript(() => {
    window.posts = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (...args) {
      window.posts++;
      return post.apply(this, args);
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url);
  await page.waitForSelector('.app');
  return { context, page, errors };
}

/** Changes the text as `how` says ('fill': one input event, as a script, a drop or a
 * restored form gives it; 'type': typed at the end), then resolves to how many messages
 * were posted to the worker before the page's next task: a text sent at once is among
 * them, one that waits for a pause in typing is not. */
function postedAtOnce(page, how, text) {
  return page.evaluate(
    async ([how, text]) => {
      const el = document.querySelector('textarea#article-input');
      const before = window.posts;
      if (how === 'fill') {
        el.value = text;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        el.setSelectionRange(el.value.length, el.value.length);
        document.execCommand('insertText', false, text);
      }
      await new Promise((r) => setTimeout(r, 0));
      return window.posts - before;
    },
    [how, text],
  );
}

test('a large change in one input event is analyzed at once; typing waits for a pause', async () => {
  const { context, page, errors } = await counted();
  // The worker loaded and idle: an analysis shown.
  await paste(page, 'textarea#article-input', 'A first draft, she said.');
  await analyzed(page);
  await page.click('#tab-Write');

  // A script fills the text area (as a drop, an extension or a restored form does): one
  // input event, a whole article of about 2,000 bytes.
  const filled = await postedAtOnce(page, 'fill', [ARTICLE, ARTICLE, ARTICLE].join('\n\n'));
  assert.equal(filled, 1, 'the new text went to the worker before any timer ran');
  await analyzed(page);
  await page.click('#tab-Read');
  assert.ok(await page.$('article mark[data-kind="direct"]'));

  // A key typed: not sent at once, but once typing pauses.
  await page.click('#tab-Write');
  await page.focus('textarea#article-input');
  const typed = await postedAtOnce(page, 'type', ' More.');
  assert.equal(typed, 0, 'a few typed letters wait for a pause');
  await page.waitForFunction(() => /analyzed in/.test(document.querySelector('.status').textContent));
  assert.equal(await page.evaluate(() => document.querySelector('textarea#article-input').value.endsWith(' More.')), true);
  assert.deepEqual(errors, []);
  await context.close();
});

/** In the page: records every painted frame (a ResizeObserver woken each frame, which runs
 * after layout and before paint) from now until the analysis is shown and nothing on the
 * page has changed for half a second. Resolves to the frames that show highlights, each
 * with `place` (the article's box and its first highlight's place on the page),
 * `paragraphs` (how many are in the article) and `below` (whether the article reaches
 * past the bottom of the window). */
function recordFrames() {
  window.painted = new Promise((resolve) => {
    const frames = [];
    let last = performance.now();
    const changes = new MutationObserver(() => (last = performance.now()));
    changes.observe(document.querySelector('.app'), { childList: true, subtree: true, attributes: true, characterData: true });
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
    document.body.append(probe);
    const sample = () => {
      const mark = document.querySelector('article mark');
      if (!mark) return;
      const a = document.querySelector('article').getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      const px = (x) => Math.round(x);
      frames.push({
        place: `article at ${px(a.left)},${px(a.top + scrollY)} ${px(a.width)} wide; first mark at ${px(m.left)},${px(m.top + scrollY)}`,
        paragraphs: document.querySelectorAll('article p').length,
        below: a.bottom >= innerHeight,
      });
    };
    const sampler = new ResizeObserver(sample);
    sampler.observe(probe);
    const tick = () => {
      probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
      if (probe.isConnected) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const check = () => {
      const done = /analyzed in/.test(document.querySelector('.status')?.textContent ?? '');
      if (done && frames.length && performance.now() - last > 500) {
        changes.disconnect();
        sampler.disconnect();
        probe.remove();
        resolve(frames);
      } else {
        setTimeout(check, 50);
      }
    };
    check();
  });
}

/** Pastes `text` and resolves to the frames painted with highlights (`recordFrames`). */
async function framesPainted(browser, viewport, text) {
  const { context, page, errors } = await openApp(browser, env.url, { viewport });
  await page.evaluate(recordFrames);
  await paste(page, 'textarea#article-input', text);
  const frames = await page.evaluate(() => window.painted);
  await page.waitForSelector('aside .speaker');
  assert.deepEqual(errors, []);
  await context.close();
  return frames;
}

/** Pastes `text` and resolves to the places the highlights were painted at, one entry
 * per place in the order seen: one entry when nothing moved once shown. */
async function placesPainted(browser, viewport, text) {
  const places = (await framesPainted(browser, viewport, text)).map((f) => f.place);
  return places.filter((p, k) => p !== places[k - 1]);
}

// About 5,000 words, as the benchmark's article: on a narrow phone its status line
// ("4950 words · analyzed in 30 ms") is longer than the tab bar has room for.
const LONG = Array.from({ length: 50 }, () => ARTICLE).join('\n\n');

test('on a phone, the status line changing with the highlights does not move them', async () => {
  // The status line above the article changed a frame after the highlights: it wrapped
  // the tab bar, and the article moved down.
  const phone = await placesPainted(env.browser, { width: 360, height: 740 }, LONG);
  assert.equal(phone.length, 1, `on a phone the highlights moved: ${phone.join(' -> ')}`);
});

test('a long paste paints a full first screen of highlights first, then the rest', async () => {
  // 140 short paragraphs, 1,800 words: fewer than a very long article adds in one step.
  const text = Array.from({ length: 20 }, () => ARTICLE).join('\n\n');
  const frames = await framesPainted(env.browser, { width: 1200, height: 800 }, text);
  const [first, last] = [frames[0], frames.at(-1)];
  assert.ok(first.below, 'the first frame with highlights does not fill the screen');
  assert.ok(first.paragraphs < last.paragraphs, `the whole article came at once: ${first.paragraphs} paragraphs`);
});

test('beside the sidebar, its cards arriving after the highlights do not move them', async () => {
  const desktop = await placesPainted(env.browser, { width: 1200, height: 800 }, LONG);
  assert.equal(desktop.length, 1, `beside the sidebar the highlights moved: ${desktop.join(' -> ')}`);
});

test('a page that grows past the window after the highlights does not narrow them', async () => {
  // Scroll bars that take room, as on a desktop; a window narrow enough to put the
  // sidebar below a short article, whose cards then make the page scroll.
  const browser = await launch({ ignoreDefaultArgs: ['--hide-scrollbars'] });
  try {
    const places = await placesPainted(browser, { width: 800, height: 600 }, ARTICLE);
    assert.equal(places.length, 1, `the highlights moved: ${places.join(' -> ')}`);
  } finally {
    await browser.close();
  }
});
