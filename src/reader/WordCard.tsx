import { Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
}

/**
 * The card for one Indonesian word: its parts, root, meanings, the phrase it belongs to and the
 * English sentence it sits in. A non-modal dialog that takes focus, so screen readers announce it;
 * Escape, the close button or a tap outside closes it.
 */
export function WordCard({ text, offset, englishSentence, onClose }: WordCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const card = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  // Document listeners, because Escape and a tap elsewhere must close the card wherever focus is.
  useEffect(() => {
    card.current?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') onCloseRef.current();
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !card.current?.contains(event.target))
        onCloseRef.current();
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
      <button type="button" className="word-card-close" onClick={onClose}>
        {t('words.close')}
      </button>
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

/** meng- + kirim + -kan: prefixes end with a hyphen, suffixes start with one, copies keep theirs. */
function labelParts(token: GlossedToken): string[] {
  const { prefixes, suffixes, parts, root } = token.analysis;
  const rootIndex = parts.indexOf(root, parts[0]?.endsWith('-') ? 1 : 0);
  return parts.map((part, index) => {
    if (part.startsWith('-') || part.endsWith('-')) return part;
    if (index < rootIndex && index >= rootIndex - prefixes.length) return `${part}-`;
    if (index > rootIndex && index <= rootIndex + suffixes.length) return `-${part}`;
    return part;
  });
}
