// What the browser benchmarks share: the BBC texts, and a static server for release
// builds with a page that drives a build's analysis worker as the app does.

import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bbc = path.join(root, '..', 'shared', 'data', 'bbc');

/** Every BBC article of ../shared/data/bbc, in path order. */
export async function corpus() {
  const files = [];
  for (const topic of (await readdir(bbc)).sort()) {
    if (topic.endsWith('.TXT')) continue;
    for (const f of (await readdir(path.join(bbc, topic))).sort()) files.push(path.join(bbc, topic, f));
  }
  return Promise.all(files.map((f) => readFile(f, 'latin1').then((b) => Buffer.from(b, 'latin1').toString('utf8'))));
}

const PAGE = `<!DOCTYPE html><meta charset="utf-8"><title>bench</title>
<script src="/compromise.js"></script>
<script>
// gloo-worker's envelope, JSON-encoded, as the app's codec writes it.
window.startWorker = () => new Promise((resolve) => {
  const worker = new Worker('worker_loader.js');
  const pending = new Map();
  worker.onmessage = (e) => {
    const msg = JSON.parse(e.data);
    if (msg === 'WorkerLoaded') {
      worker.postMessage(JSON.stringify({ Connected: 1 }));
      resolve({
        analyze(version, text) {
          return new Promise((done) => {
            pending.set(version, done);
            worker.postMessage(JSON.stringify({ ProcessInput: [1, { version, text }] }));
          });
        },
      });
    } else if (msg.ProcessOutput) {
      const [, reply] = msg.ProcessOutput;
      // Builds from before the worker could report a failure answer with the bare analysis.
      const out = reply.Analyzed ?? reply;
      // Answers come in order; older texts still waiting were superseded, as the worker
      // does after a long run, and get no answer of their own.
      for (const [version, done] of pending) {
        if (version > out.version) break;
        done(version === out.version ? out : null);
        pending.delete(version);
      }
    }
  };
});
</script>`;

/** Serves build directory `builds[k]` under `/k/`, with the benchmark page at `/k/`
 * and compromise.js at `/compromise.js`. Resolves to the server. */
export function serve(builds) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost').pathname;
    try {
      if (url === '/compromise.js') {
        const body = await readFile(path.join(root, 'node_modules', 'compromise', 'builds', 'compromise.js'));
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        return;
      }
      const [, k, ...rest] = url.split('/');
      const dir = builds[Number(k)];
      if (rest.join('') === '') {
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      } else {
        const body = await readFile(path.join(dir, path.normalize(rest.join('/'))));
        const type = url.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
        res.writeHead(200, { 'content-type': type }).end(body);
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
