// The data files esbuild bundles into the web worker (esbuild.mjs, plugin "newsdesk:data"): every file in data/ but
// the README, text files as strings and gzipped files as bytes.
declare module 'newsdesk:data' {
  export const DATA_FILES: ReadonlyMap<string, string | Uint8Array>;
}
