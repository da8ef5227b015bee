/**
 * A ZIP archive (the container of .docx files) from named parts, with Node's own zlib: the parts
 * are deflated on libuv's thread pool, all at once, so a large document neither blocks the host
 * nor waits on one core; parts that are compressed already (PNG images) are stored as they are,
 * which saves deflating megabytes for nothing. The output is deterministic (fixed timestamps).
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

const deflateRaw = promisify(zlib.deflateRaw);

export interface ZipOptions {
  /** Whether a part is stored without compression (default: images and other compressed media). */
  store?: (path: string) => boolean;
  /** zlib level for the other parts (default 6). */
  level?: number;
}

const COMPRESSED = /\.(png|jpe?g|gif|zip|gz|woff2?|mp4)$/i;

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Uint8Array;
  method: 0 | 8;
  offset: number;
}

/** 1980-01-01 00:00, the earliest time a ZIP entry can carry. */
const DOS_DATE = 0x21;
const MAX = 0xffffffff;

/** The ZIP archive of `parts` (path → text or bytes), in the order given. */
export async function zipParts(parts: Iterable<readonly [string, string | Uint8Array]>, opts: ZipOptions = {}): Promise<Buffer> {
  const store = opts.store ?? ((p: string) => COMPRESSED.test(p));
  const entries = await Promise.all(
    [...parts].map(async ([path, content]): Promise<Entry> => {
      const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const method = store(path) ? 0 : 8;
      const data = method === 0 ? raw : await deflateRaw(raw, { level: opts.level ?? 6 });
      return { name: Buffer.from(path, 'utf8'), crc: zlib.crc32(raw) >>> 0, size: raw.length, data, method, offset: 0 };
    }),
  );
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size > MAX || e.data.length > MAX) throw new Error(`deel te groot voor een ZIP-bestand: ${e.name.toString()}`);
    e.offset = offset;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names in UTF-8
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(0, 10);
    head.writeUInt16LE(DOS_DATE, 12);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(e.name.length, 26);
    head.writeUInt16LE(0, 28);
    chunks.push(head, e.name, e.data);
    offset += 30 + e.name.length + e.data.length;
  }
  const dirStart = offset;
  for (const e of entries) {
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(DOS_DATE, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(e.offset, 42);
    chunks.push(dir, e.name);
    offset += 46 + e.name.length;
  }
  if (offset > MAX || entries.length > 0xffff) throw new Error('document te groot voor een ZIP-bestand');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - dirStart, 12);
  end.writeUInt32LE(dirStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}
