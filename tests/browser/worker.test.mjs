// The analysis worker of the release build, spoken to as the app speaks to it: texts that
// queue behind a long analysis are superseded by the newest, and a short text is answered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ARTICLE } from './harness.mjs';

const env = suite();

test('texts queued behind a long analysis are answered with the newest only', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.url);
  // About 300,000 words: long enough, on any machine, for the texts after it to queue.
  const long = Array.from({ length: 1500 }, () => ARTICLE).join('\n\n');
  const answered = await page.evaluate(async (long) => {
    const worker = new Worker('./worker_loader.js');
    // gloo-worker's envelope, JSON-encoded, as the app's codec writes it.
    const send = (version, text) =>
      worker.postMessage(JSON.stringify({ ProcessInput: [1, { version, text }] }));
    const versions = [];
    await new Promise((done) => {
      worker.onmessage = (e) => {
        const msg = JSON.parse(e.data);
        if (msg === 'WorkerLoaded') {
          worker.postMessage(JSON.stringify({ Connected: 1 }));
          send(1, long);
          for (let v = 2; v <= 5; v++) send(v, `Draft ${v} is out, she said.`);
        } else if (msg.ProcessOutput) {
          const version = msg.ProcessOutput[1].Analyzed.version;
          versions.push(version);
          // After the queue, one text at a time, each answered.
          if (version === 5) send(6, 'A later edit, he said.');
          if (version === 6) send(7, 'And another, they said.');
          if (version === 7) done();
        }
      };
    });
    worker.terminate();
    return versions;
  }, long);
  assert.deepEqual(answered, [1, 5, 6, 7]);
  await page.close();
});
