import { useEffect, useMemo, useRef } from 'react';
import type { Bundle, Paragraph } from '../bundle/schema.ts';
import { ArticleHeader } from './ArticleHeader.tsx';
import { watchNearRows } from './displayChange.ts';
import { ParagraphRow } from './ParagraphRow.tsx';
import type { ReaderStore } from './readerState.ts';
import { SectionBlock } from './SectionBlock.tsx';
import { sentencePartners } from './textLayout.ts';
import { useSentenceTracking, useSpeakerFocus } from './useSentenceTracking.ts';
import { WordTaps } from './WordTaps.tsx';

/** How many speaker colours the stylesheet defines (`[data-color="0"]` … ). */
export const SPEAKER_COLOURS = 8;

/** Beyond this many paragraphs, rows are grouped so off-screen groups skip style and layout. */
const LONG_ARTICLE = 60;
/** Rows per group: a screenful or two, so the few groups on screen are cheap to restyle. */
const ROWS_PER_GROUP = 20;

function inGroups<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

function paragraphCount(bundle: Bundle): number {
  return bundle.sections.reduce((total, section) => total + section.paragraphs.length, 0);
}

export function speakerColours(bundle: Bundle): Map<string, number> {
  return new Map(bundle.speakers.map((speaker, i) => [speaker.id, i % SPEAKER_COLOURS]));
}

/**
 * The article, both languages always rendered: the reading mode, theme and highlights are
 * attributes that CSS reads, so none of them re-renders this tree. Callers memoise it on the bundle.
 */
export function ArticleView({ bundle, store }: { bundle: Bundle; store: ReaderStore }) {
  const ref = useRef<HTMLElement>(null);
  const colours = useMemo(() => speakerColours(bundle), [bundle]);
  const partners = useMemo(
    () => sentencePartners([bundle.title, ...bundle.sections.flatMap((s) => s.paragraphs)]),
    [bundle],
  );
  useSentenceTracking(ref, partners, store);
  useSpeakerFocus(ref, store);
  useEffect(() => (ref.current ? watchNearRows(ref.current) : undefined), [bundle]);
  const long = paragraphCount(bundle) > LONG_ARTICLE;
  const rows = (paragraphs: readonly Paragraph[]) =>
    paragraphs.map((paragraph) => (
      <ParagraphRow
        key={paragraph.id}
        paragraph={paragraph}
        speakerColors={colours}
        store={store}
      />
    ));
  return (
    <article className="article" id="article" ref={ref} data-long={long ? 'true' : undefined}>
      <ArticleHeader bundle={bundle} speakerColors={colours} />
      {bundle.sections.map((section) => (
        <SectionBlock key={section.id} section={section} store={store}>
          {long
            ? inGroups(section.paragraphs, ROWS_PER_GROUP).map((group) => (
                <div className="row-group" key={group[0]?.id}>
                  {rows(group)}
                </div>
              ))
            : rows(section.paragraphs)}
        </SectionBlock>
      ))}
      {/* Inside the article, so focus moving into the card keeps the tapped sentence marked. */}
      <WordTaps key={bundle.id} articleRef={ref} bundle={bundle} />
    </article>
  );
}
