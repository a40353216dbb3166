// Every memo the analysis keeps between calls, limited in one place: an editor keeps what the keystrokes in its open
// documents reuse; a batch over an archive, which reads each article once, keeps next to nothing.
import { limitPieceCache } from './article';
import { limitChunkMemo } from './dates/chronoAdapter';
import { limitNewsMemo } from './dates';
import { limitEntityMemo } from './entities';
import { limitSentenceMemo } from './entities/ner';
import { limitFigureMemo } from './figures';
import { limitSportMemo } from './figures/sport';
import { limitParagraphCache } from './language';
import { limitParagraphMatches, limitWindowMemos } from './text/segments';

/**
 * Sets the limits of every memo of the analysis. `editor` (each module's default, what the server uses): a long
 * document's paragraphs, windows, sentences and parsed pieces are kept, so a keystroke costs the paragraph it changed.
 * `archive` (the CLI over many files): a few hundred paragraphs' readings and tokenised sentences (a boilerplate
 * footer's), nothing else. `none`: nothing kept (tests compare kept results with this). Never throws.
 */
export function limitMemos(mode: 'editor' | 'archive' | 'none'): void {
  const editor = mode === 'editor';
  limitParagraphCache(editor ? 4000 : mode === 'archive' ? 256 : 0);
  limitSentenceMemo(editor ? 8000 : mode === 'archive' ? 256 : 0);
  limitPieceCache(editor ? 256 : 0);
  limitChunkMemo(editor ? 1000 : 0);
  limitNewsMemo(editor ? 4096 : 0);
  limitParagraphMatches(editor ? 4096 : 0);
  limitWindowMemos(editor ? 4096 : 0);
  limitFigureMemo(editor ? 4096 : 0);
  limitEntityMemo(editor ? 4096 : 0);
  limitSportMemo(editor ? 4096 : 0);
}
