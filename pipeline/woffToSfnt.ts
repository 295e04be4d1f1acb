import { inflateSync } from 'node:zlib';

/**
 * A WOFF 1.0 file as the plain OpenType/TrueType font it wraps (https://www.w3.org/TR/WOFF/):
 * each table inflated where it was compressed, behind a rebuilt table directory. The FreeType in
 * sharp's libvips reads neither WOFF nor WOFF2, and the npm font packages ship only those.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.subarray(offset, offset + woff.readUInt32BE(entry + 8));
    const length = woff.readUInt32BE(entry + 12);
    const data = stored.length < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error('a WOFF table does not inflate to its stated length');
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
  // The binary-search fields of the OpenType table directory.
  const power = 2 ** Math.floor(Math.log2(count));
  const directory = Buffer.alloc(12 + 16 * count);
  directory.writeUInt32BE(woff.readUInt32BE(4), 0);
  directory.writeUInt16BE(count, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  const parts = [directory];
  let offset = directory.length;
  tables.forEach(({ tag, checksum, data }, index) => {
    const record = 12 + index * 16;
    directory.writeUInt32BE(tag, record);
    directory.writeUInt32BE(checksum, record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(data.length, record + 12);
    // Every table starts on a four-byte boundary.
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
