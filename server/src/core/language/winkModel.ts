// wink-eng-lite-web-model (MIT) as wink-nlp takes it, with a faster core loader. The package's own core loader
// (dist/read-core-model.js, 1.8.1) deep-copies its 3 MB JSON model through JSON.stringify and JSON.parse before
// decoding it, so that each call gets a model of its own; Newsdesk makes one wink-nlp instance per thread, and the
// copy was about a third of the tagger's load time (server cold start, 2026-12-04). `readCoreModel` builds the same
// model object (the same fields, lists, hashes and typed arrays, checked against the package's own in
// test/core/wink-model.test.ts) copying only what wink-nlp changes as it reads text: each feature's list (new lexemes and
// shapes are pushed on to it) and the packing's extra-feature list.
/* eslint-disable @typescript-eslint/no-require-imports -- the model package's parts are CommonJS files, loaded on first use */

/** A feature of the model: its values in `list`, and what loading adds (`hash`, sizes). */
interface Feature {
  list: unknown[];
  [k: string]: unknown;
}

/** The JSON of the core model, as the package ships it (what wink-nlp reads through `model.core()`). */
interface CoreModelJson {
  [k: string]: unknown;
  packing: { layout: Record<string, number[]>; [k: string]: unknown };
  lexicon: string;
  xpansions: string;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
}

/** The decoded core model: the JSON's fields, the lexicon and expansions as Uint32Array, and a hash per listed feature. */
interface CoreModel {
  [k: string]: unknown;
  packing: Record<string, unknown>;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  features: Record<string, Feature>;
}

/** The bytes of a base64 string: Buffer under Node, atob in a browser or worker. */
function base64Bytes(data: string): ArrayBuffer {
  if (typeof Buffer !== 'undefined') {
    const b = Buffer.from(data, 'base64');
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/** A map from each of `list`'s strings to its index, as a prototype-less object (wink-nlp reads it with `hash[key]`). */
function indexOf(list: readonly unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model as the package's `load-core-model.js` returns it, from `json` (the package's JSON, which is not
 * changed). Mirrors read-core-model.js and load-core-model.js of wink-eng-lite-web-model 1.8.1: the packing layout's
 * entry for a feature is [word, mask, shift, kind (0: listed in the model), extra (1: an extra feature), …].
 */
export function readCoreModel(json: CoreModelJson): CoreModel {
  const layout = json.packing.layout;
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(json.features)) features[name] = { ...f, list: f.list.slice() };
  const efList: string[] = [];
  for (const name in layout) {
    if (layout[name][3] === 0) {
      const f = features[name];
      f.hash = indexOf(f.list);
      f.intrinsicSize = f.list.length;
      f.index = f.list.length;
      f.maxIndex = layout[name][1] >>> layout[name][2];
    }
    if (layout[name][4] === 1) efList.push(name);
  }
  const lexeme = features.lexeme;
  lexeme.hash = indexOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const posHash = json.pos.hash;
  features.posClusters.list = features.posClusters.list.map((c) => new Set((c as string).split('_').map((p) => posHash[p] || 0)));
  return {
    ...json,
    packing: { ...json.packing, efList },
    features,
    lexicon: new Uint32Array(base64Bytes(json.lexicon)),
    xpansions: new Uint32Array(base64Bytes(json.xpansions)),
  };
}

/**
 * The model object wink-nlp takes (the package's dist/model.js), with `core` read by readCoreModel. Requiring it
 * reads the package's JSON models (about 150 ms in all, most of it the core); call it once per wink-nlp instance.
 */
export function winkModel(): object {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => readCoreModel(require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModelJson);
  model.sbd = require('wink-eng-lite-web-model/dist/load-sbd-model.js');
  model.pos = require('wink-eng-lite-web-model/dist/load-pos-model.js');
  model.ner = require('wink-eng-lite-web-model/dist/load-ner-model.js');
  model.negation = require('wink-eng-lite-web-model/dist/load-negation-model.js');
  model.sa = require('wink-eng-lite-web-model/dist/load-sa-model.js');
  model.metaCER = require('wink-eng-lite-web-model/dist/load-cer-meta-model.js');
  model.featureFn = require('wink-eng-lite-web-model/dist/feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = require('wink-eng-lite-web-model/dist/porter-stemmer.js');
  addons.lemmatize = require('wink-eng-lite-web-model/dist/lemmatize.js');
  addons.readabilityStats = require('wink-eng-lite-web-model/dist/readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
