/** FIT's 16-bit CRC, computed in one tight loop (the SDK's calculator makes a method call per byte). */

const CRC_TABLE = new Uint16Array([
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000,
  0x9c01, 0x8801, 0x4400,
]);

/**
 * The CRC of `bytes[start..end)` as FIT computes it for its header and its file.
 * @example fitCrc(bytes, 0, 12) // the header's CRC
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i] ?? 0;
    let tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[byte & 0xf] ?? 0);
    tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[(byte >> 4) & 0xf] ?? 0);
  }
  return crc;
}
