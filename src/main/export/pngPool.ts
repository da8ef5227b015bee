/**
 * Figures' PNGs drawn in a worker thread (pngWorker.ts). Drawing and encoding a 200-risk report's
 * figures allocates about two gigabytes of pixel buffers; in the host's thread each of them made
 * the garbage collector walk the whole open project again (two seconds of a four-second export).
 * The worker's heap holds only the drawings, so there a collection costs next to nothing, and
 * the host keeps its thread for writing the document meanwhile.
 *
 * One worker serves the process; it is started on first use, stops after IDLE_MS without work
 * and never keeps the process alive when it has nothing to do. Where it cannot start (its file is
 * missing from a build, or the runtime refuses workers) or when it dies, the figures are drawn
 * on the calling thread instead: slower, with the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drawPng, type PngJob } from './drawPng.ts';
import type { WorkerReply, WorkerRequest } from './pngWorker.ts';
import { PngQueue } from './pngQueue.ts';

const IDLE_MS = 15_000;

interface Pending {
  job: PngJob;
  resolve: (png: Buffer) => void;
  reject: (err: Error) => void;
}

/** The worker's code: next to this module in the sources, and an entry of its own in the build. */
function workerFile(): URL | null {
  const here = import.meta.url;
  const names = here.endsWith('.ts') ? ['./pngWorker.ts'] : ['./pngWorker.js', '../pngWorker.js'];
  for (const name of names) {
    const url = new URL(name, here);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

class PngWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;
  private served = false;
  dead = false;

  constructor(file: URL) {
    this.worker = new Worker(file);
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', () => this.die());
    this.worker.on('exit', () => this.die());
  }

  draw(job: PngJob): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve, reject });
      if (this.pending.size === 1) this.busy();
      this.worker.postMessage({ id, svg: job.svg, zoom: job.zoom, ...(job.fullCollection ? { fullCollection: true } : {}) } satisfies WorkerRequest);
    });
  }

  private settle(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.served = true;
    this.pending.delete(reply.id);
    if ('png' in reply) p.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else p.reject(new Error(reply.error));
    if (this.pending.size === 0) this.rest();
  }

  /** Work in hand: the worker keeps the process alive until it is done. */
  private busy(): void {
    clearTimeout(this.idle);
    this.worker.ref();
  }

  private rest(): void {
    this.worker.unref();
    this.idle = setTimeout(() => void this.worker.terminate(), IDLE_MS);
    this.idle.unref();
  }

  /** The worker is gone: what it still had is drawn on this thread. */
  private die(): void {
    if (this.dead) return;
    this.dead = true;
    clearTimeout(this.idle);
    if (worker === this) worker = undefined;
    // One that died before drawing anything will not do better next time (e.g. its file cannot load).
    if (!this.served && this.pending.size > 0) unavailable = true;
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) here.run(p.job).then(p.resolve, p.reject);
  }
}

/** Where there is no worker, the figures are drawn here, as few at a time as there, and never with full collections (this heap holds the open project). */
const here = new PngQueue((job) => drawPng({ svg: job.svg, zoom: job.zoom }));
let worker: PngWorker | undefined;
/** Set once a worker could not be started: the rest of this process draws on its own thread. */
let unavailable = false;

function theWorker(): PngWorker | null {
  if (worker && !worker.dead) return worker;
  if (unavailable) return null;
  const file = workerFile();
  try {
    if (!file) throw new Error('no worker file');
    worker = new PngWorker(file);
    return worker;
  } catch {
    unavailable = true;
    return null;
  }
}

/** Whether figures are drawn in the worker (false once it could not start, and everything runs on this thread). */
export function drawsInWorker(): boolean {
  return !unavailable && workerFile() !== null;
}

/** The PNG of one figure, drawn in the PNG worker (or on this thread where there is none). */
export function drawPngOffThread(job: PngJob): Promise<Buffer> {
  return theWorker()?.draw(job) ?? here.run(job);
}
