// Reads CoNLL-2003 files (TOKEN POS CHUNK NER, IOB1) into documents of sentences with gold spans.
import * as fs from 'fs';
import { spansFromIob1, type LabelSpan } from './labels';

interface ConllSentence {
  words: string[];
  spans: LabelSpan[];
}

export type ConllDocument = ConllSentence[];

/** `-DOCSTART-` separates documents (this copy has it between documents and at the end, not before the first). */
export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, spans: spansFromIob1(tags) });
    words = [];
    tags = [];
  };
  for (const line of linesOf(fs.readFileSync(file, 'utf8'))) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (cols[0] === '') endSentence();
    else {
      words.push(cols[0]);
      tags.push(cols[cols.length - 1]);
    }
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** The lines of `text`, split at "\n" or "\r\n". */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
  return lines;
}
