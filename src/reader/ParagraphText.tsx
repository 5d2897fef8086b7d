import type { TextChunk, TextPiece } from './textLayout.ts';
import { sentenceKey } from './textLayout.ts';

/** The id of the hidden text that names a speaker, for `aria-describedby` on their quotations. */
export function speakerAboutId(speakerId: string): string {
  return `speaker-about-${speakerId}`;
}

function Piece({
  piece,
  paragraphId,
  speakerColors,
}: {
  piece: TextPiece;
  paragraphId: string;
  speakerColors: ReadonlyMap<string, number>;
}) {
  const content = piece.dateline ? <span className="dateline">{piece.text}</span> : piece.text;
  if (!piece.quote) return content;
  return (
    <span
      className="quote"
      data-speaker={piece.quote.speaker}
      data-kind={piece.quote.kind}
      data-quote={sentenceKey(paragraphId, piece.quote.index)}
      data-color={speakerColors.get(piece.quote.speaker) ?? 0}
      aria-describedby={speakerAboutId(piece.quote.speaker)}
    >
      {content}
    </span>
  );
}

/**
 * One side of a paragraph: sentences as focusable elements (`data-sentence`), quotations inside
 * them (`data-speaker`). Pieces are keyed by position: the text of an article never reorders.
 */
export function ParagraphText({
  chunks,
  paragraphId,
  speakerColors,
}: {
  chunks: readonly TextChunk[];
  paragraphId: string;
  speakerColors: ReadonlyMap<string, number>;
}) {
  return chunks.map((chunk, c) => {
    const pieces = chunk.pieces.map((piece, p) => (
      <Piece key={p} piece={piece} paragraphId={paragraphId} speakerColors={speakerColors} />
    ));
    if (chunk.sentence === null) return <span key={c}>{pieces}</span>;
    return (
      // Sentences take focus so that keyboard users can mark one and open its translation, as
      // the SPEC asks ("hovering, focusing or tapping"); they stay plain text to screen readers.
      <span
        key={c}
        className="sentence"
        data-sentence={sentenceKey(paragraphId, chunk.sentence)}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
        tabIndex={0}
      >
        {pieces}
      </span>
    );
  });
}
