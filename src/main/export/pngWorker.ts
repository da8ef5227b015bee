/**
 * The PNG worker (pngPool.ts): draws the figures it is sent, several at once, so that their
 * pixel buffers come and go in this thread's small heap and not in the host's, where each
 * megabyte allocated makes the collector walk the whole open project.
 */
import { parentPort } from 'node:worker_threads';
import { drawPng, type PngJob } from './drawPng.ts';
import { PngQueue } from './pngQueue.ts';

export type WorkerRequest = PngJob & { id: number };
export type WorkerReply = { id: number; png: Uint8Array } | { id: number; error: string };

/** The bytes in an ArrayBuffer of their own, so it can be handed over without copying. */
function own(png: Buffer): Uint8Array {
  if (png.byteOffset === 0 && png.byteLength === png.buffer.byteLength) return png;
  return new Uint8Array(png);
}

/** The host sends figures well ahead (diagrams.ts PNG_WINDOW); they are drawn a few at a time. */
const queue = new PngQueue(drawPng);

parentPort?.on('message', (job: WorkerRequest) => {
  queue.run(job).then(
    (png) => {
      const bytes = own(png);
      parentPort!.postMessage({ id: job.id, png: bytes } satisfies WorkerReply, [bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
  );
});
