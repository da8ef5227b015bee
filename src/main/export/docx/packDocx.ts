/**
 * Writes a docx Document to .docx bytes: docx compiles the parts, zipParts.ts zips them (XML
 * deflated off the main thread, images stored). Images reach docx as small stand-ins
 * (`MediaSlots`), because docx names each image by a SHA-1 of its bytes, computed in
 * JavaScript, which for the megabytes of a report's figures costs more than drawing a changed
 * one; the real bytes go into the archive in their place.
 */
import { Packer, type Document } from 'docx';
import { zipParts } from '../zipParts.ts';

const MARK = 'vlinder-media:';

/** The real image bytes behind the stand-ins handed to docx. */
export class MediaSlots {
  private readonly bytes = new Map<string, Buffer>();

  private readonly later = new Map<string, () => Buffer | undefined>();

  /**
   * A stand-in for `data`, unique per `key` (the same key must mean the same bytes); `data` may
   * be a function that gives the bytes once they are drawn (called when the archive is zipped).
   */
  slot(key: string, data: Buffer | (() => Buffer | undefined)): Buffer {
    if (typeof data === 'function') this.later.set(key, data);
    else this.bytes.set(key, data);
    return Buffer.from(MARK + key, 'utf8');
  }

  private get(key: string): Buffer | undefined {
    return this.bytes.get(key) ?? this.later.get(key)?.();
  }

  /** The real bytes of a part that is a stand-in; the part itself otherwise. */
  fill(content: string | Uint8Array): string | Uint8Array {
    if (typeof content === 'string' || content.length > 1024 || content[0] !== MARK.charCodeAt(0)) return content;
    const text = Buffer.from(content.buffer, content.byteOffset, content.length).toString('utf8');
    if (!text.startsWith(MARK)) return content;
    const bytes = this.get(text.slice(MARK.length));
    if (!bytes) throw new Error(`docx: image ${text.slice(MARK.length)} was not drawn`);
    return bytes;
  }
}

interface DocxCompiler {
  compile(file: Document, prettify?: undefined, overrides?: readonly unknown[]): Map<string, string | Uint8Array>;
}

/** docx's compiler: not in its typed API, so checked here (the docx tests fail on a version without it). */
function compiler(): DocxCompiler | null {
  const c = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return c && typeof c.compile === 'function' ? (c as DocxCompiler) : null;
}

/**
 * The .docx bytes of `doc`, with the images of `media` in place of their stand-ins; with
 * `drawn`, the document is compiled first and zipped once the images are drawn.
 */
export async function packDocx(doc: Document, media: MediaSlots, drawn?: Promise<unknown>): Promise<Buffer> {
  const c = compiler();
  if (!c) throw new Error('docx: compiler not found (docx version changed?)');
  const parts = c.compile(doc);
  await drawn;
  return zipParts([...parts].map(([path, content]) => [path, media.fill(content)] as const));
}
