// Statistical named-entity recogniser for prose: tokenises sentences, tags them with the shipped model, maps to offsets.
import type { EntityType } from '../../types';
import { readDataBytes } from '../../dataFiles';
import { GAZ, lexGaz, lexKey } from './features';
import { spansFromBilou, type NerType } from './labels';
import { NerModel, parseModel } from './model';
import { tokenize, type Token } from './tokenize';

export interface RecognizedMention {
  start: number;
  end: number;
  text: string;
  label: NerType;
  type: EntityType;
  confidence: number;
}

const TYPE_OF: Record<NerType, EntityType> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'other' };
const MODEL_FILE = 'ner-model.bin.gz';

let model: NerModel | null = null;

/** The shipped model, read once on first use. */
export function loadModel(): NerModel {
  model ??= new NerModel(parseModel(readDataBytes(MODEL_FILE)));
  return model;
}

const PLACE_LIKE = GAZ.country | GAZ.capital | GAZ.demonym;

/**
 * Finds PER/ORG/LOC/MISC mentions in `prose` (markup already blanked to spaces). Sentences are tagged together as
 * one document so that evidence from one mention of a name helps the others; no sentences means the whole text.
 */
export function recognizeEntities(prose: string, sentences: { start: number; end: number }[]): RecognizedMention[] {
  if (!/\p{L}/u.test(prose)) return [];
  const m = loadModel();
  // A capitalised compound is split when one side is a known country, capital or nationality (Israel-Hamas).
  const splitHyphen = (left: string, right: string) =>
    [left, right].some((part) => (lexGaz(m.lexicon(lexKey(part.toLowerCase()))) & PLACE_LIKE) !== 0);
  const spans = sentences.length ? sentences : [{ start: 0, end: prose.length }];
  const tokenized: Token[][] = spans.map((s) => tokenize(prose, s.start, s.end, splitHyphen)).filter((t) => t.length > 0);
  const tagged = m.tagDocument(tokenized.map((tokens) => tokens.map((t) => t.norm)));
  const mentions: RecognizedMention[] = [];
  tokenized.forEach((tokens, i) => {
    for (const span of spansFromBilou(tagged[i].labels)) {
      const start = tokens[span.start].start;
      const end = tokens[span.end - 1].end;
      let confidence = 0;
      for (let t = span.start; t < span.end; t++) confidence += tagged[i].confidence[t];
      mentions.push({
        start,
        end,
        text: prose.slice(start, end),
        label: span.type,
        type: TYPE_OF[span.type],
        confidence: confidence / (span.end - span.start),
      });
    }
  });
  return mentions;
}
