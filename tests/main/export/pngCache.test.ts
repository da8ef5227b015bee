import { describe, expect, it } from 'vitest';
import { renderImages } from '../../../src/main/export/diagrams.ts';
import { PngCache } from '../../../src/main/export/pngCache.ts';
import type { ImageRef } from '../../../src/shared/report/blocks.ts';
import { sampleBowtie } from '../../shared/diagram/sample.ts';

describe('the figure cache of the Word export', () => {
  it('draws a figure again only when its picture changed', async () => {
    const { doc, risk } = sampleBowtie();
    const cache = new PngCache(64 * 1024 * 1024);
    const refs: ImageRef[] = [{ kind: 'bowtie', riskId: risk }, { kind: 'matrix' }];
    const opts = { lang: 'nl' as const, publication: false, omitInternal: false, png: () => 1, cache };
    const first = await renderImages(doc, refs, opts);
    expect(cache.size.entries).toBe(2);
    const again = await renderImages(doc, refs, opts);
    for (const [k, img] of first) expect(again.get(k)!.png).toBe(img.png); // the very same bytes, not drawn again

    const edited = { ...doc, risks: { ...doc.risks, [risk]: { ...doc.risks[risk]!, centralEvent: 'Drugslab ontdekt in een schuur' } } };
    const changed = await renderImages(edited, refs, opts);
    const bowtie = `bowtie:${risk}`;
    expect(changed.get(bowtie)!.png).not.toBe(first.get(bowtie)!.png);
    expect(changed.get(bowtie)!.png!.equals(first.get(bowtie)!.png!)).toBe(false);
    expect(changed.get('matrix')!.png).toBe(first.get('matrix')!.png);
    // A cached PNG is the one a fresh drawing gives.
    const fresh = await renderImages(edited, refs, { ...opts, cache: null });
    expect(fresh.get(bowtie)!.png!.equals(changed.get(bowtie)!.png!)).toBe(true);
  });

  it('holds at most its size, dropping the least recently used first', () => {
    const cache = new PngCache(250);
    const png = (n: number) => Buffer.alloc(100, n);
    cache.set('a', png(1));
    cache.set('b', png(2));
    cache.get('a');
    cache.set('c', png(3));
    expect(cache.size).toEqual({ entries: 2, bytes: 200 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    cache.set('huge', Buffer.alloc(300));
    expect(cache.get('huge')).toBeUndefined();
  });

  it('keys by the drawing and the zoom', () => {
    expect(PngCache.key('<svg/>', 1)).toBe(PngCache.key('<svg/>', 1));
    expect(PngCache.key('<svg/>', 1)).not.toBe(PngCache.key('<svg/>', 2));
    expect(PngCache.key('<svg/>', 1)).not.toBe(PngCache.key('<svg />', 1));
  });
});
