import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Bundle, Section } from '../bundle/schema.ts';
import { useReaderState, type ReaderStore } from './readerState.ts';

export function toggleFolded(store: ReaderStore, sectionId: string): void {
  const folded = store.get().folded;
  store.update({
    folded: folded.includes(sectionId)
      ? folded.filter((id) => id !== sectionId)
      : [...folded, sectionId],
  });
}

/** Unfolds the section holding the paragraph (at once, so it can be scrolled to). */
export function unfoldParagraph(store: ReaderStore, bundle: Bundle, paragraphId: string): void {
  const section = bundle.sections.find(
    (s) => s.id === paragraphId || s.paragraphs.some((p) => p.id === paragraphId),
  );
  if (!section || !store.get().folded.includes(section.id)) return;
  flushSync(() => {
    store.update({ folded: store.get().folded.filter((id) => id !== section.id) });
  });
}

/**
 * A section of the article. Sections with a heading fold and unfold; the paragraphs are passed in
 * already made, so folding re-renders the heading button alone.
 */
export function SectionBlock({
  section,
  store,
  children,
}: {
  section: Section;
  store: ReaderStore;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const folded = useReaderState(store, (state) => state.folded.includes(section.id));
  if (section.heading === null) {
    return (
      <section className="section" id={section.id} data-paragraphs={section.paragraphs.length}>
        {children}
      </section>
    );
  }
  const headingId = `${section.id}-heading`;
  const bodyId = `${section.id}-body`;
  return (
    <section
      className="section"
      id={section.id}
      aria-labelledby={headingId}
      data-paragraphs={section.paragraphs.length}
    >
      <h2 className="section-heading" id={headingId}>
        <button
          type="button"
          className="fold"
          aria-expanded={!folded}
          aria-controls={bodyId}
          onClick={() => toggleFolded(store, section.id)}
        >
          <span className="pair">
            <span className="side side-id" lang="id">
              {section.heading.text}
            </span>
            {section.heading.gloss === undefined ? null : (
              <span className="side side-en" lang="en">
                {section.heading.gloss}
              </span>
            )}
          </span>
        </button>
      </h2>
      {folded ? (
        <p className="fold-hint">
          {t('labels.foldedParagraphs', { count: section.paragraphs.length })}
        </p>
      ) : null}
      <div className="section-body" id={bodyId} hidden={folded}>
        {children}
      </div>
    </section>
  );
}
