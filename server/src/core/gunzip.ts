// Gunzip for the shipped NER model. Node's own zlib inflates its 1 MB in about 15 ms at a cold start, where fflate's
// JavaScript inflate took about 80 ms (measured here, Node 20, 2026-12-01); the web worker build, which has no zlib,
// aliases `zlib` to fflate (server/src/web/zlib.ts, esbuild.mjs).
import { gunzipSync } from 'zlib';

/**
 * The bytes a gzip member holds.
 * @throws Error when `gz` is not gzip data (zlib's or fflate's message).
 */
export function gunzip(gz: Uint8Array): Uint8Array {
  const out = gunzipSync(gz);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
