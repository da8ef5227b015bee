import { describe, expect, it } from 'vitest';
import { drawingBytes, drawPng, svgBackground } from '../../../src/main/export/drawPng.ts';
import { eachPng } from '../../../src/main/export/diagrams.ts';
import { PNG_BYTES_IN_FLIGHT, PNG_CONCURRENCY, PngQueue } from '../../../src/main/export/pngQueue.ts';
import { drawPngOffThread, drawsInWorker } from '../../../src/main/export/pngPool.ts';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { sampleBowtie } from '../../shared/diagram/sample.ts';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the PNG worker', () => {
  it('draws the same bytes as the calling thread, for several figures at once', async () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk, { lang: 'nl', publication: false, excludeInternal: false });
    const jobs = [1, 1.37, 0.5].map((zoom) => ({ svg, zoom }));
    const [inWorker, here] = await Promise.all([Promise.all(jobs.map(drawPngOffThread)), Promise.all(jobs.map((j) => drawPng(j)))]);
    expect(drawsInWorker()).toBe(true);
    for (let i = 0; i < jobs.length; i++) {
      expect(inWorker[i]!.equals(here[i]!)).toBe(true);
      const { width, height } = pngSize(inWorker[i]!);
      // The estimate the batch plans its memory with is the drawing's size, give or take a row and a column.
      expect(Math.abs(width * height * 4 - drawingBytes(jobs[i]!))).toBeLessThanOrEqual(4 * (width + height + 1));
    }
    // The diagram's opaque background is found, so its edges come out opaque and the encoder skips the alpha pass.
    expect(svgBackground(svg)).toBe('#ffffff');
  });

  it('rejects a drawing resvg cannot read with its message, and keeps serving', async () => {
    await expect(drawPngOffThread({ svg: '<svg', zoom: 1 })).rejects.toThrow(/./);
    const png = await drawPngOffThread({ svg: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#123456"/></svg>', zoom: 2 });
    expect(pngSize(png)).toEqual({ width: 8, height: 6 });
    expect(drawsInWorker()).toBe(true);
  });

  it('draws large pictures fewer at a time, so a batch stays within its memory', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1500" height="1500"><rect width="100%" height="100%" fill="#ffffff"/></svg>';
    const run = async (zoom: number) => {
      const jobs = Array.from({ length: 12 }, () => ({ svg, zoom }));
      let bytes = 0;
      let most = 0;
      let at = 0;
      let mostAt = 0;
      const queue = new PngQueue(async (job) => {
        bytes += drawingBytes(job);
        most = Math.max(most, bytes);
        mostAt = Math.max(mostAt, ++at);
        await new Promise((r) => setTimeout(r, 5));
        bytes -= drawingBytes(job);
        at--;
        return Buffer.alloc(1);
      });
      const written: number[] = [];
      await eachPng(jobs, (i) => void written.push(i), { draw: (job) => queue.run(job) });
      expect(written.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
      return { most, mostAt };
    };
    // 9 MB each: as many as fit PNG_BYTES_IN_FLIGHT (64 MB), but never more than the concurrency.
    const small = await run(1);
    expect(small.mostAt).toBe(PNG_CONCURRENCY);
    // 36 MB each: one at a time, as two would pass the limit.
    const large = await run(2);
    expect(large.mostAt).toBe(1);
    expect(large.most).toBeLessThanOrEqual(Math.max(PNG_BYTES_IN_FLIGHT, drawingBytes({ svg, zoom: 2 })));
    // A single picture larger than the limit still gets drawn.
    expect((await run(4)).mostAt).toBe(1);
  });

  it('keeps drawing while the host thread is busy (writing the document)', async () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk, { lang: 'nl', publication: false, excludeInternal: false });
    const jobs = Array.from({ length: 8 }, (_, i) => ({ svg, zoom: 0.5 + i / 100 }));
    // One figure alone, to know how long drawing takes here.
    const t0 = performance.now();
    await drawPngOffThread(jobs[0]!);
    const one = performance.now() - t0;
    const all = Promise.all(jobs.map(drawPngOffThread));
    // The host thread is blocked for as long as all of them take to draw, one after another.
    const until = performance.now() + one * jobs.length;
    while (performance.now() < until);
    const blockedFor = performance.now() - t0;
    const pngs = await all;
    const waited = performance.now() - t0 - blockedFor;
    expect(pngs).toHaveLength(8);
    // They were drawn meanwhile: what is left after the block is far less than drawing them all.
    expect(waited).toBeLessThan(one * jobs.length * 0.5);
  });
});
