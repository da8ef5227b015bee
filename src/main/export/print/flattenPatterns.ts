/**
 * The print view's figures with their pattern fills (stripes, dots, hazard stripes, the matrix's
 * band patterns) drawn out as plain shapes. Chromium turns every SVG pattern fill into a bitmap
 * when it writes a PDF — about 100 ms and 50 kB per filled shape, 15 s for the 200-risk report —
 * while the same tiles as one clipped path per tile part stay vector and cost next to nothing.
 * The picture is the same: each tile of the pattern that meets the shape is drawn, clipped to
 * the shape. Only what the diagram renderer writes is handled (user-space patterns of rects,
 * circles and lines, rotated or not, filling rects and paths); anything else keeps its pattern.
 */

interface Tile {
  width: number;
  height: number;
  x: number;
  y: number;
  /** Rotation of the pattern in degrees (patternTransform="rotate(a)"). */
  angle: number;
  parts: { tag: 'rect' | 'circle' | 'line'; attrs: Map<string, string> }[];
}

const ATTR = /([\w:-]+)="([^"]*)"/g;
const attrsOf = (s: string) => new Map([...s.matchAll(ATTR)].map((m) => [m[1]!, m[2]!] as const));
const num = (a: Map<string, string>, k: string, d = 0) => {
  const v = a.get(k);
  return v === undefined ? d : Number(v);
};
const r2 = (n: number) => String(Math.round(n * 100) / 100);

const GEOMETRY = new Set(['x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'id']);

function parsePatterns(svg: string): Map<string, Tile> {
  const out = new Map<string, Tile>();
  for (const m of svg.matchAll(/<pattern\b([^>]*)>(.*?)<\/pattern>/gs)) {
    const a = attrsOf(m[1]!);
    const id = a.get('id');
    if (!id || a.get('patternUnits') !== 'userSpaceOnUse' || a.has('viewBox') || a.has('href') || a.has('patternContentUnits')) continue;
    const transform = a.get('patternTransform');
    const rot = transform === undefined ? ['', '0'] : /^\s*rotate\(\s*(-?[\d.]+)\s*\)\s*$/.exec(transform);
    if (!rot) continue;
    const parts: Tile['parts'] = [];
    let ok = true;
    const body = m[2]!.replace(/<(rect|circle|line)\b([^>]*?)\/>/g, (_, tag: 'rect' | 'circle' | 'line', at: string) => {
      parts.push({ tag, attrs: attrsOf(at) });
      return '';
    });
    if (body.trim() !== '' || parts.some((p) => p.attrs.has('transform') || /%/.test([...p.attrs.values()].join(' ')))) ok = false;
    const width = num(a, 'width');
    const height = num(a, 'height');
    if (ok && width > 0 && height > 0) out.set(id, { width, height, x: num(a, 'x'), y: num(a, 'y'), angle: Number(rot[1]), parts });
  }
  return out;
}

/** Bounding box of a rect or of a path of absolute commands (padded by its arcs' radii). */
function boxOf(tag: string, a: Map<string, string>): { x0: number; y0: number; x1: number; y1: number } | null {
  if (tag === 'rect') {
    const x = num(a, 'x');
    const y = num(a, 'y');
    const w = num(a, 'width', NaN);
    const h = num(a, 'height', NaN);
    return Number.isFinite(w) && Number.isFinite(h) ? { x0: x, y0: y, x1: x + w, y1: y + h } : null;
  }
  const d = a.get('d');
  if (!d || /[a-z]/.test(d.replace(/e-?\d/gi, ''))) return null; // relative commands: not ours
  const xs: number[] = [];
  const ys: number[] = [];
  let pad = 0;
  for (const seg of d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/g)) {
    const n = (seg[2]!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi) ?? []).map(Number);
    switch (seg[1]) {
      case 'H':
        xs.push(...n);
        break;
      case 'V':
        ys.push(...n);
        break;
      case 'A':
        for (let i = 0; i + 6 < n.length; i += 7) {
          pad = Math.max(pad, n[i]!, n[i + 1]!);
          xs.push(n[i + 5]!);
          ys.push(n[i + 6]!);
        }
        break;
      case 'Z':
        break;
      default:
        for (let i = 0; i + 1 < n.length; i += 2) {
          xs.push(n[i]!);
          ys.push(n[i + 1]!);
        }
    }
  }
  if (xs.length === 0 || ys.length === 0) return null;
  return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad };
}

/** One path per tile part covering `box` (in user space), in the pattern's own (rotated) space. */
function tiles(t: Tile, box: { x0: number; y0: number; x1: number; y1: number }): string | null {
  const rad = (-t.angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => [x! * cos - y! * sin - t.x, x! * sin + y! * cos - t.y]);
  const i0 = Math.floor(Math.min(...corners.map((c) => c[0]!)) / t.width);
  const i1 = Math.floor(Math.max(...corners.map((c) => c[0]!)) / t.width);
  const j0 = Math.floor(Math.min(...corners.map((c) => c[1]!)) / t.height);
  const j1 = Math.floor(Math.max(...corners.map((c) => c[1]!)) / t.height);
  const out: string[] = [];
  for (const p of t.parts) {
    const a = p.attrs;
    const d: string[] = [];
    // What a part draws, cut to its tile as the pattern does (a line on the tile's edge shows half).
    const cut = (x0: number, y0: number, x1: number, y1: number) => [Math.max(0, x0), Math.max(0, y0), Math.min(t.width, x1), Math.min(t.height, y1)] as const;
    let rect: readonly [number, number, number, number] | null = null;
    if (p.tag === 'rect') rect = cut(num(a, 'x'), num(a, 'y'), num(a, 'x') + num(a, 'width'), num(a, 'y') + num(a, 'height'));
    else if (p.tag === 'line') rect = lineRect(a, cut);
    if (p.tag === 'line' && !rect) return null;
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const ox = t.x + i * t.width;
        const oy = t.y + j * t.height;
        if (rect) {
          if (rect[2] > rect[0] && rect[3] > rect[1]) d.push(`M${r2(ox + rect[0])} ${r2(oy + rect[1])}h${r2(rect[2] - rect[0])}v${r2(rect[3] - rect[1])}h${r2(rect[0] - rect[2])}z`);
        } else {
          const r = num(a, 'r');
          d.push(`M${r2(ox + num(a, 'cx') - r)} ${r2(oy + num(a, 'cy'))}a${r2(r)} ${r2(r)} 0 1 0 ${r2(2 * r)} 0a${r2(r)} ${r2(r)} 0 1 0 ${r2(-2 * r)} 0z`);
        }
      }
    }
    if (d.length === 0) continue;
    const style =
      p.tag === 'line'
        ? [` fill="${a.get('stroke') ?? '#000000'}"`, ...(a.has('stroke-opacity') ? [` fill-opacity="${a.get('stroke-opacity')}"`] : []), ...(a.has('opacity') ? [` opacity="${a.get('opacity')}"`] : [])]
        : [...a].filter(([k]) => !GEOMETRY.has(k)).map(([k, v]) => ` ${k}="${v}"`);
    out.push(`<path d="${d.join('')}"${style.join('')}/>`);
  }
  return `<g${t.angle ? ` transform="rotate(${t.angle})"` : ''}>${out.join('')}</g>`;
}

/** A horizontal or vertical line with butt ends as the rect its stroke covers; null for others. */
function lineRect(a: Map<string, string>, cut: (x0: number, y0: number, x1: number, y1: number) => readonly [number, number, number, number]) {
  const [x1, y1, x2, y2] = [num(a, 'x1'), num(a, 'y1'), num(a, 'x2'), num(a, 'y2')];
  const w = num(a, 'stroke-width', 1) / 2;
  if ((a.get('stroke-linecap') ?? 'butt') !== 'butt' || a.has('stroke-dasharray')) return null;
  if (x1 === x2) return cut(x1 - w, Math.min(y1, y2), x1 + w, Math.max(y1, y2));
  if (y1 === y2) return cut(Math.min(x1, x2), y1 - w, Math.max(x1, x2), y1 + w);
  return null;
}

/** `svg` with every pattern fill it can follow drawn out as clipped shapes. */
export function flattenPatterns(svg: string): string {
  if (!svg.includes('<pattern')) return svg;
  const patterns = parsePatterns(svg);
  if (patterns.size === 0) return svg;
  let n = 0;
  const prefix = `fp${(svg.length % 99991).toString(36)}`;
  return svg.replace(/<(rect|path)\b([^>]*?)fill="url\(#([^)"]+)\)"([^>]*?)\/>/g, (whole, tag: string, before: string, id: string, after: string) => {
    const t = patterns.get(id);
    const a = attrsOf(before + after);
    if (!t || a.has('transform') || a.has('clip-path') || a.has('style')) return whole;
    const box = boxOf(tag, a);
    const drawn = box && tiles(t, box);
    if (!drawn) return whole;
    const clip = `${prefix}-${++n}`;
    const shapeAttrs = [...a].filter(([k]) => ['x', 'y', 'width', 'height', 'rx', 'ry', 'd'].includes(k)).map(([k, v]) => ` ${k}="${v}"`).join('');
    const opacity = a.get('fill-opacity') ?? a.get('opacity');
    return `<clipPath id="${clip}"><${tag}${shapeAttrs}/></clipPath><g clip-path="url(#${clip})"${opacity ? ` opacity="${opacity}"` : ''}>${drawn}</g>`;
  });
}
