import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '../bundle/schema.ts';
import { ParagraphText } from './ParagraphText.tsx';
import { layoutEnglish, layoutIndonesian } from './textLayout.ts';
import { TITLE_TIMING } from './titleTiming.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A publication date in the interface language; UTC, so the server and the browser agree. */
export function formatPublished(published: string, language: string): string {
  const day = ISO_DATE.exec(published);
  const time = day
    ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    : Date.parse(published);
  if (Number.isNaN(time)) return published;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** "PBB -" or "JAKARTA, KOMPAS.com -" as a place: the words without the trailing dash. */
function datelinePlace(bundle: Bundle): string | null {
  const first = bundle.sections[0]?.paragraphs[0];
  if (!first?.dateline) return null;
  const place = first.text
    .slice(first.dateline.start, first.dateline.end)
    .replace(/[\s\-–—,:]+$/u, '')
    .trim();
  return place === '' ? null : place;
}

function SourceName({ name, url }: { name: string; url: string | undefined }) {
  if (url === undefined || !/^https?:\/\//u.test(url)) return name;
  return (
    <a href={url} rel="noopener noreferrer">
      {name}
    </a>
  );
}

/**
 * The title's Element Timing name (titleTiming.ts), on the heading and on both sides: the browser
 * times the text under whichever is laid out as its block, the heading when the sides stack, each
 * side when they stand as columns.
 */
const titleTiming = { elementtiming: TITLE_TIMING };

/** The title in both languages, then where the story is from and when it was published. */
export function ArticleHeader({
  bundle,
  speakerColors,
}: {
  bundle: Bundle;
  speakerColors: ReadonlyMap<string, number>;
}) {
  const { t, i18n } = useTranslation();
  const title = bundle.title;
  const indonesian = useMemo(() => layoutIndonesian(title), [title]);
  const english = useMemo(() => layoutEnglish(title), [title]);
  const place = datelinePlace(bundle);
  const source = bundle.source;
  return (
    <header className="article-header">
      <h1 className="pair title" id={title.id} {...titleTiming}>
        <span className="side side-id" lang="id" {...titleTiming}>
          <ParagraphText chunks={indonesian} paragraphId={title.id} speakerColors={speakerColors} />
        </span>
        {title.gloss === undefined ? null : (
          <span className="side side-en" lang="en" {...titleTiming}>
            <ParagraphText chunks={english} paragraphId={title.id} speakerColors={speakerColors} />
          </span>
        )}
      </h1>
      {place || source?.name || source?.published ? (
        <p className="byline">
          {place ? (
            <span className="byline-item">
              <span className="visually-hidden">{t('labels.dateline')} </span>
              <span lang="id">{place}</span>
            </span>
          ) : null}
          {source?.name ? (
            <span className="byline-item">
              {t('labels.source')}{' '}
              <span lang="id">
                <SourceName name={source.name} url={source.url} />
              </span>
            </span>
          ) : null}
          {source?.published ? (
            <span className="byline-item">
              <time dateTime={source.published}>
                {formatPublished(source.published, i18n.language)}
              </time>
            </span>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
