import { useMemo } from 'react';
import type { Paragraph } from '../bundle/schema.ts';
import { ParagraphPeek } from './ParagraphPeek.tsx';
import { ParagraphText } from './ParagraphText.tsx';
import type { ReaderStore } from './readerState.ts';
import { layoutEnglish, layoutIndonesian } from './textLayout.ts';

/** One paragraph: Indonesian and English side by side (or stacked, or one hidden, by CSS). */
export function ParagraphRow({
  paragraph,
  speakerColors,
  store,
}: {
  paragraph: Paragraph;
  speakerColors: ReadonlyMap<string, number>;
  store: ReaderStore;
}) {
  const indonesian = useMemo(() => layoutIndonesian(paragraph), [paragraph]);
  const english = useMemo(() => layoutEnglish(paragraph), [paragraph]);
  return (
    <div
      className="row"
      id={paragraph.id}
      data-kind={paragraph.kind}
      data-gloss={paragraph.gloss === undefined ? 'none' : undefined}
    >
      <p className="side side-id" lang="id">
        <ParagraphText
          chunks={indonesian}
          paragraphId={paragraph.id}
          speakerColors={speakerColors}
        />
      </p>
      {paragraph.gloss === undefined ? null : (
        <p className="side side-en" lang="en">
          <ParagraphText
            chunks={english}
            paragraphId={paragraph.id}
            speakerColors={speakerColors}
          />
        </p>
      )}
      <ParagraphPeek paragraph={paragraph} store={store} />
    </div>
  );
}
