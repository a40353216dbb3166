// Node's `zlib` as the web worker sees it: only the gunzip the core uses (core/gunzip.ts), from fflate (pure
// JavaScript). The worker build (esbuild.mjs) puts this module where the core imports `zlib`.
export { gunzipSync } from 'fflate';
