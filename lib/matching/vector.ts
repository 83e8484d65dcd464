// A profile's keys and weights packed as one binary value (int32 key, float32 weight, little
// endian) for candidate reads: decoding one buffer is far cheaper than two SQL arrays.
export function packProfile(keys: number[], weights: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(keys.length * 8));
  keys.forEach((k, i) => {
    view.setInt32(i * 8, k, true);
    view.setFloat32(i * 8 + 4, weights[i]!, true);
  });
  return new Uint8Array(view.buffer);
}

export function unpackProfile(bytes: Uint8Array): { keys: number[]; weights: number[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.floor(bytes.byteLength / 8);
  const keys = new Array<number>(n);
  const weights = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    keys[i] = view.getInt32(i * 8, true);
    weights[i] = view.getFloat32(i * 8 + 4, true);
  }
  return { keys, weights };
}
