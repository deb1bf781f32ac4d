/**
 * SHA-256 (FIPS 180-4) of a UTF-8 string as lowercase hex, in plain code so the
 * exporters run where `node:crypto` does not (a browser, a web worker). Occurrence UIDs
 * are made from it; a test checks it against `node:crypto`.
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19] as const;

const encoder = new TextEncoder();

function rotateRight(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits));
}

/** The message with its padding: a 1 bit, zeros, and the bit length as a 64-bit big-endian number, to a multiple of 64 bytes. */
function padded(bytes: Uint8Array): Uint8Array {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const block = new Uint8Array(length);
  block.set(bytes);
  writeLength(block, bytes.length, length);
  return block;
}

/** The padding's 1 bit after `written` bytes and the bit length at the end of `length` bytes (the bytes between must be zero). */
function writeLength(block: Uint8Array, written: number, length: number): void {
  block[written] = 0x80;
  const high = Math.floor(written / 0x2000_0000);
  const low = (written * 8) >>> 0;
  block[length - 8] = high >>> 24;
  block[length - 7] = (high >>> 16) & 0xff;
  block[length - 6] = (high >>> 8) & 0xff;
  block[length - 5] = high & 0xff;
  block[length - 4] = low >>> 24;
  block[length - 3] = (low >>> 16) & 0xff;
  block[length - 2] = (low >>> 8) & 0xff;
  block[length - 1] = low & 0xff;
}

/** Mixes one 64-byte block (at `offset`) into the hash state (plain locals: this runs for every event of a plan). */
function compress(state: Int32Array, block: Uint8Array, offset: number, schedule: Int32Array): void {
  for (let t = 0, at = offset; t < 16; t++, at += 4) {
    schedule[t] = ((block[at] as number) << 24) | ((block[at + 1] as number) << 16) | ((block[at + 2] as number) << 8) | (block[at + 3] as number);
  }
  for (let t = 16; t < 64; t++) {
    const w15 = schedule[t - 15] as number;
    const w2 = schedule[t - 2] as number;
    const s0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
    const s1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
    schedule[t] = ((schedule[t - 16] as number) + s0 + (schedule[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choose = (e & f) ^ (~e & g);
    const first = (h + sum1 + choose + (ROUND_CONSTANTS[t] as number) + (schedule[t] as number)) | 0;
    const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const second = (sum0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + first) | 0;
    d = c;
    c = b;
    b = a;
    a = (first + second) | 0;
  }
  state[0] = (state[0] as number) + a;
  state[1] = (state[1] as number) + b;
  state[2] = (state[2] as number) + c;
  state[3] = (state[3] as number) + d;
  state[4] = (state[4] as number) + e;
  state[5] = (state[5] as number) + f;
  state[6] = (state[6] as number) + g;
  state[7] = (state[7] as number) + h;
}

// Reused by every call (a plan hashes a million UIDs; allocating typed arrays per call cost
// more than the rounds): room for texts whose UTF-8 fits in four blocks with the padding.
const SCRATCH = new Uint8Array(256);
const STATE = new Int32Array(8);
const SCHEDULE = new Int32Array(64);
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/**
 * The SHA-256 digest of `text` (encoded as UTF-8), 64 lowercase hex digits.
 *
 * @example sha256Hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256Hex(text: string): string {
  digest(text);
  let hex = "";
  for (let i = 0; i < 8; i++) {
    const word = STATE[i] as number;
    hex += (HEX[word >>> 24] as string) + (HEX[(word >>> 16) & 0xff] as string) + (HEX[(word >>> 8) & 0xff] as string) + (HEX[word & 0xff] as string);
  }
  return hex;
}

/** Hashes `text` (as UTF-8) into STATE. */
function digest(text: string): void {
  let block: Uint8Array;
  let length: number;
  if (text.length * 3 + 9 <= SCRATCH.length) {
    // Short texts (every UID) are padded in place: a UTF-16 unit is at most 3 bytes.
    const { written } = encoder.encodeInto(text, SCRATCH);
    length = Math.ceil((written + 9) / 64) * 64;
    SCRATCH.fill(0, written, length);
    writeLength(SCRATCH, written, length);
    block = SCRATCH;
  } else {
    block = padded(encoder.encode(text));
    length = block.length;
  }
  STATE.set(INITIAL_HASH);
  for (let offset = 0; offset < length; offset += 64) compress(STATE, block, offset, SCHEDULE);
}

/** The ASCII codes of the lowercase hex digits. */
const HEX_CODES = new Uint8Array(Array.from("0123456789abcdef", (c) => c.charCodeAt(0)));

/**
 * Writes the first `digits` (even, at most 64) lowercase hex digits of {@link sha256Hex}`(text)`
 * as ASCII bytes into `out` at `at`, without making a string (a plan hashes a UID per event).
 *
 * @example sha256HexInto("abc", out, 0, 8) // out[0..8] holds "ba7816bf"
 */
export function sha256HexInto(text: string, out: Uint8Array, at: number, digits: number): void {
  digest(text);
  for (let k = 0; k < digits; k += 2) {
    const word = STATE[k >>> 3] as number;
    const byte = (word >>> (24 - ((k & 7) << 2))) & 0xff;
    out[at + k] = HEX_CODES[byte >>> 4] as number;
    out[at + k + 1] = HEX_CODES[byte & 0xf] as number;
  }
}
