/**
 * The figures' PNGs of earlier exports, by the content of what was drawn: the key is a hash of
 * the SVG text and the zoom, so anything that changes the picture (an edited label, a new
 * measure, another language or the publication filter) changes the key, and a repeated export
 * only draws what changed. Bounded by the bytes it holds; the least recently used go first.
 */
import { createHash } from 'node:crypto';

export class PngCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  private readonly maxBytes: number;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  static key(svg: string, zoom: number): string {
    return createHash('sha256').update(svg).update(`\0${zoom}`).digest('base64');
  }

  get(key: string): Buffer | undefined {
    const png = this.entries.get(key);
    if (png) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, png);
    }
    return png;
  }

  set(key: string, png: Buffer): void {
    if (png.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.length;
      this.entries.delete(key);
    }
    this.entries.set(key, png);
    this.bytes += png.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/** The report figures' cache of this process: 30 worked-out bow-ties at print size take about 8 MB. */
export const figurePngs = new PngCache(96 * 1024 * 1024);
