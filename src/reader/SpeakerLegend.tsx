import { useTranslation } from 'react-i18next';
import type { Bundle, Speaker } from '../bundle/schema.ts';
import { speakerColours } from './ArticleView.tsx';
import { speakerAboutId } from './ParagraphText.tsx';
import { useReaderState, type ReaderStore } from './readerState.ts';
import { unfoldParagraph } from './SectionBlock.tsx';
import { speakerInLanguage } from './speakerNames.ts';

export function quoteCounts(bundle: Bundle): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of [bundle.title, ...bundle.sections.flatMap((s) => s.paragraphs)])
    for (const quote of paragraph.quotes)
      counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  return counts;
}

/**
 * Who speaks in the article: each speaker with their quotation count, a toggle that focuses their
 * quotations (the others dimmed) and a button that walks through them.
 */
export function SpeakerLegend({ bundle, store }: { bundle: Bundle; store: ReaderStore }) {
  const { t } = useTranslation();
  if (bundle.speakers.length === 0) return null;
  const counts = quoteCounts(bundle);
  const colours = speakerColours(bundle);
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 className="legend-heading" id="legend-heading">
        {t('labels.speakers')}
      </h2>
      <ul className="legend-list">
        {bundle.speakers.map((speaker) => (
          <LegendItem
            key={speaker.id}
            speaker={speaker}
            count={counts.get(speaker.id) ?? 0}
            colour={colours.get(speaker.id)}
            bundle={bundle}
            store={store}
          />
        ))}
      </ul>
    </section>
  );
}

/**
 * One speaker of the legend. A component of its own: React's hydration yields to the browser
 * between components, and the legend's translated labels, three a speaker (the first with a
 * count also sets up the language's plural rules), took 6-9 ms in one piece, one of the longest
 * tasks after the first paint. Focusing a speaker re-renders only the two items it changes.
 */
function LegendItem({
  speaker,
  count,
  colour,
  bundle,
  store,
}: {
  speaker: Speaker;
  count: number;
  colour: number | undefined;
  bundle: Bundle;
  store: ReaderStore;
}) {
  const { t, i18n } = useTranslation();
  const focused = useReaderState(store, (state) => state.focusedSpeaker === speaker.id);
  const { name, nameLang, role } = speakerInLanguage(speaker, i18n.language);
  return (
    <li className="legend-item" data-color={colour}>
      <button
        type="button"
        className="speaker-toggle"
        aria-pressed={focused}
        onClick={() => store.update({ focusedSpeaker: focused ? null : speaker.id })}
      >
        <span className="swatch" aria-hidden="true" />
        <span lang={nameLang}>{name}</span>
        <span className="count" aria-hidden="true">
          {count}
        </span>
        <span className="visually-hidden">, {t('labels.quoteCount', { count })}</span>
      </button>
      <button
        type="button"
        className="next-quote"
        disabled={count === 0}
        aria-label={t('buttons.nextQuoteBy', { name })}
        onClick={(event) => {
          const document = event.currentTarget.ownerDocument;
          // The jump's code is loaded on first use: it is not part of the first view.
          void import('./revealParagraph.ts').then(({ jumpToNextQuote }) => {
            jumpToNextQuote(document, store.get().mode, speaker.id, (paragraph) =>
              unfoldParagraph(store, bundle, paragraph),
            );
          });
        }}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <span id={speakerAboutId(speaker.id)} hidden>
        {role === null
          ? t('labels.speakerAbout', { name })
          : t('labels.speakerAboutWithRole', { name, role })}
      </span>
    </li>
  );
}
