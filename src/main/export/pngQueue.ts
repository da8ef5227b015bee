/**
 * How many figures are drawn at once, where they are drawn (in the PNG worker, or on the host's
 * thread where there is no worker). Each drawing holds its full pixel buffer until it is encoded
 * (a bow-tie at zoom 2 is about 40 MB), so a batch of large pictures is drawn fewer at a time
 * than one of small ones and its memory stays flat; a single larger picture still runs. The queue
 * sits next to the drawing and not with the caller, so a caller busy writing a document does not
 * leave the drawing idle.
 */
import { availableParallelism } from 'node:os';
import { drawingBytes, type PngJob } from './drawPng.ts';

/** At most this many PNGs are drawn at once (one more than the cores, to keep them busy while one is encoded). */
export const PNG_CONCURRENCY = Math.max(3, Math.min(4, availableParallelism() + 1));

/** Pixel bytes of drawings in flight at once. */
export const PNG_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

export class PngQueue {
  private bytes = 0;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly draw: (job: PngJob) => Promise<Buffer>;
  private readonly limits: { concurrency: number; bytes: number };

  constructor(draw: (job: PngJob) => Promise<Buffer>, limits = { concurrency: PNG_CONCURRENCY, bytes: PNG_BYTES_IN_FLIGHT }) {
    this.draw = draw;
    this.limits = limits;
  }

  /** The PNG of `job`, drawn when there is room for it. */
  async run(job: PngJob): Promise<Buffer> {
    const bytes = drawingBytes(job);
    while (this.running > 0 && (this.running >= this.limits.concurrency || this.bytes + bytes > this.limits.bytes)) {
      await new Promise<void>((r) => this.waiting.push(r));
    }
    this.bytes += bytes;
    this.running++;
    try {
      return await this.draw(job);
    } finally {
      this.bytes -= bytes;
      this.running--;
      this.waiting.splice(0).forEach((r) => r());
    }
  }
}
