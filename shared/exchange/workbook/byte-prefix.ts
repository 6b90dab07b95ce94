/** Whether the bytes begin with the given signature (a magic number, a byte-order mark). */
export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
