import { Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addEnglishBlock } from '../i18n/addEnglishBlock.ts';
import type { GlossedToken } from '../words/gloss.ts';
import { useWordLookup } from './useWordLookup.ts';
import './wordCard.css';

export interface WordCardProps {
  /** The Indonesian text the word sits in: a paragraph or a sentence. */
  text: string;
  /** A UTF-16 offset inside (or at the end of) the chosen word. */
  offset: number;
  /** The English sentence that translates the word's sentence, when there is one. */
  englishSentence?: string | undefined;
  onClose: () => void;
  /** Steps to the word before or after (buttons, and ← → inside the card); absent at the ends. */
  onPrevious?: (() => void) | undefined;
  onNext?: (() => void) | undefined;
}

/**
 * The card for one Indonesian word: its parts, root, meanings, the phrase it belongs to and the
 * English sentence it sits in. A non-modal dialog that takes focus, so screen readers announce it;
 * Escape, the close button or a tap outside closes it.
 */
export function WordCard({
  text,
  offset,
  englishSentence,
  onClose,
  onPrevious,
  onNext,
}: WordCardProps) {
  const { t, i18n } = useTranslation();
  // The card's English strings are not in the first view's script; they come with the card.
  addEnglishBlock(i18n, 'words');
  const titleId = useId();
  const card = useRef<HTMLElement>(null);
  const handlers = useRef({ onClose, onPrevious, onNext });
  useEffect(() => {
    handlers.current = { onClose, onPrevious, onNext };
  });

  // Document listeners, because Escape and a tap elsewhere must close the card wherever focus is.
  useEffect(() => {
    // The card's owner places it beside the word, in view; focus must not scroll the page too.
    card.current?.focus({ preventScroll: true });
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') handlers.current.onClose();
      // The arrows step through the words only while focus is in the card, where they scroll nothing.
      if (!(event.target instanceof Node && card.current?.contains(event.target))) return;
      const step =
        event.key === 'ArrowLeft'
          ? handlers.current.onPrevious
          : event.key === 'ArrowRight'
            ? handlers.current.onNext
            : undefined;
      if (!step) return;
      event.preventDefault();
      step();
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !card.current?.contains(event.target))
        handlers.current.onClose();
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);

  return (
    <section ref={card} className="word-card" role="dialog" aria-labelledby={titleId} tabIndex={-1}>
      <Suspense
        fallback={
          <p id={titleId} className="word-card-status">
            {t('words.loading')}
          </p>
        }
      >
        <WordDetails text={text} offset={offset} titleId={titleId} />
      </Suspense>
      {englishSentence ? (
        <p className="word-card-sentence">
          <span className="word-card-label">{t('words.sentence')}</span>{' '}
          <span lang="en">{englishSentence}</span>
        </p>
      ) : null}
      <div className="word-card-actions">
        <button
          type="button"
          className="word-card-button"
          onClick={onPrevious}
          disabled={!onPrevious}
          aria-keyshortcuts="ArrowLeft"
        >
          <span aria-hidden="true">‹ </span>
          {t('words.previous')}
        </button>
        <button
          type="button"
          className="word-card-button"
          onClick={onNext}
          disabled={!onNext}
          aria-keyshortcuts="ArrowRight"
        >
          {t('words.next')}
          <span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="word-card-button word-card-close" onClick={onClose}>
          {t('words.close')}
        </button>
      </div>
    </section>
  );
}

function WordDetails({ text, offset, titleId }: { text: string; offset: number; titleId: string }) {
  const { t } = useTranslation();
  const lookup = useWordLookup(text, offset);
  if (lookup.status !== 'found')
    return (
      <p id={titleId} className="word-card-status">
        {t(lookup.status === 'failed' ? 'words.loadFailed' : 'words.noWord')}
      </p>
    );
  const { token } = lookup;
  const { analysis } = token;
  const affixed = analysis.parts.length > 1;
  const ownMeaning = token.meaningSource === 'word' || token.meaningSource === 'compound';
  return (
    <>
      <h2 id={titleId} className="word-card-word" lang="id">
        {token.text}
      </h2>
      <dl className="word-card-facts">
        {affixed ? (
          <Fact label={t('words.parts')}>
            <span lang="id">{labelParts(token).join(' + ')}</span>
          </Fact>
        ) : null}
        {analysis.known && analysis.root !== token.text.toLowerCase() ? (
          <Fact label={t('words.root')}>
            <span lang="id">{analysis.root}</span>
            {token.rootMeanings ? (
              <>
                {' — '}
                <span lang="en">{token.rootMeanings.join('; ')}</span>
              </>
            ) : null}
          </Fact>
        ) : null}
        <Fact label={t('words.meaning')}>
          {ownMeaning && token.meanings ? (
            <span lang="en">{token.meanings.join('; ')}</span>
          ) : token.meaningSource === 'root' ? (
            t('words.meaningOfRoot')
          ) : token.meaningSource === 'phrase' ? (
            t('words.meaningOfPhrase')
          ) : (
            t('words.unknown')
          )}
        </Fact>
        {token.phrase ? (
          <Fact label={t('words.phrase')}>
            <span lang="id">{token.phrase.text}</span>
            {' — '}
            <span lang="en">{token.phrase.meanings.join('; ')}</span>
          </Fact>
        ) : null}
      </dl>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="word-card-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * meN- + kirim + -kan: prefixes end with a hyphen, suffixes start with one, copies keep theirs.
 * A prefix is named by its family (meN-, peN-), as grammars write it, since its written form
 * (meng-, meny-) merges with the root's first sound and would not add up to the word anyway.
 */
function labelParts(token: GlossedToken): string[] {
  const { prefixes, suffixes, parts, root } = token.analysis;
  const rootIndex = parts.indexOf(root, parts[0]?.endsWith('-') ? 1 : 0);
  const firstPrefix = rootIndex - prefixes.length;
  return parts.map((part, index) => {
    if (part.startsWith('-') || part.endsWith('-')) return part;
    if (index < rootIndex && index >= firstPrefix)
      return `${prefixes[index - firstPrefix]?.family ?? part}-`;
    if (index > rootIndex && index <= rootIndex + suffixes.length) return `-${part}`;
    return part;
  });
}
