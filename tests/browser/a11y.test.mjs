// An accessibility audit with axe-core of each view, in light and dark themes and at a
// phone's width: no violations allowed.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { suite, paste, openApp, analyzed, ARTICLE } from './harness.mjs';

const require = createRequire(import.meta.url);
let axeSource;
const env = suite();

before(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});

/** axe-core's violations on the page, as readable lines. */
async function audit(page) {
  // The audit runs in the page's own world; the page's CSP does not apply to it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { resultTypes: ['violations'] }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const colorScheme of ['light', 'dark']) {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    test(`no violations, ${colorScheme}, ${viewport.width}px wide`, async () => {
      const { context, page } = await openApp(env.browser, env.url, { colorScheme, viewport, bypassCSP: true });
      assert.deepEqual(await audit(page), [], 'empty Write view');
      await paste(page, 'textarea#article-input', ARTICLE);
      await page.waitForSelector('article mark');
      await analyzed(page);
      assert.deepEqual(await audit(page), [], 'Read view with highlights');
      const fold = page.locator('.layers-fold');
      if (await fold.isVisible()) {
        await fold.click();
        assert.deepEqual(await audit(page), [], 'the highlights unfolded on a phone');
      }
      await page.click('aside .speaker[data-speaker="1"] .select-speaker');
      await page.click('.menu > .button');
      assert.deepEqual(await audit(page), [], 'a selected speaker and the open export menu');
      await page.click('.menu > .button');
      const card = page.locator('aside .speaker[data-speaker="2"]');
      await card.locator('.card-buttons .correct-toggle').click();
      await card.locator('.quotes li .correct-toggle').first().click();
      assert.deepEqual(await audit(page), [], 'a card\'s and a statement\'s correction forms');
      await card.locator('.correct-form input[type="text"]').fill('A dock contractor');
      await card.locator('.correct-form button:has-text("Apply")').first().click();
      await page.waitForSelector('.corrections');
      assert.deepEqual(await audit(page), [], 'the reader\'s corrections listed');
      await context.close();
    });
  }
}
