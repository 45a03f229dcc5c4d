// Highlight colours: no two layers share a hue with different meanings, in the light and
// the dark theme. Each kind of mark is styled by the page's own stylesheet; its colour is
// what the reader sees of it: a background, an underline or the colour of its text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openApp } from './harness.mjs';

const env = suite();

/** The layers and what each of their kinds of mark means. The kinds of name are one
 * meaning, a name, told apart by the style of their underline and their label. */
const MEANINGS = {
  'direct quote': ['direct'],
  'partial quote': ['partial'],
  'reported speech': ['indirect'],
  'attribution cue': ['cue'],
  'named source': ['source'],
  'anonymous source': ['source-anonymous', 'anonymity'],
  'name': ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'],
};

/** Hue in degrees, or null for a grey (too little saturation to read as a hue). */
function hue(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  if (s < 0.15) return null;
  const d = max - min;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const apart = (a, b) => (a === null || b === null ? (a === b ? 0 : 180) : Math.min(Math.abs(a - b), 360 - Math.abs(a - b)));

for (const colorScheme of ['light', 'dark']) {
  test(`no two layers share a hue, ${colorScheme}`, async () => {
    const { context, page } = await openApp(env.browser, env.url, { colorScheme });
    const kinds = Object.values(MEANINGS).flat();
    const colours = await page.evaluate((kinds) => Object.fromEntries(kinds.map((kind) => {
      const mark = document.createElement('mark');
      mark.dataset.kind = kind;
      mark.textContent = 'Aa';
      document.querySelector('.app').append(mark);
      const style = getComputedStyle(mark);
      const seen = [style.backgroundColor, style.borderBottomStyle !== 'none' ? style.borderBottomColor : null,
        style.textDecorationLine !== 'none' ? style.textDecorationColor : null]
        .find((c) => c && c !== 'rgba(0, 0, 0, 0)') ?? style.color;
      mark.remove();
      return [kind, seen];
    })), kinds);
    const clashes = [];
    const entries = Object.entries(MEANINGS);
    for (const [i, [meaning, ofIt]] of entries.entries()) {
      for (const [other, ofOther] of entries.slice(i + 1)) {
        for (const a of ofIt) {
          for (const b of ofOther) {
            const d = apart(hue(colours[a]), hue(colours[b]));
            if (d < 30) clashes.push(`${meaning} (${a} ${colours[a]}) and ${other} (${b} ${colours[b]}): ${Math.round(d)}°`);
          }
        }
      }
    }
    assert.deepEqual(clashes, []);
    await context.close();
  });
}
