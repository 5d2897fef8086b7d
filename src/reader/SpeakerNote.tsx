import { useTranslation } from 'react-i18next';
import type { Bundle } from '../bundle/schema.ts';
import { speakerColours } from './ArticleView.tsx';
import { useReaderState, type ReaderStore } from './readerState.ts';
import { speakerInLanguage } from './speakerNames.ts';

/**
 * The small card naming who said the quotation under the pointer, keyboard or finger. Screen
 * readers hear the same through the quotation's description, so the card is hidden from them.
 */
export function SpeakerNote({ bundle, store }: { bundle: Bundle; store: ReaderStore }) {
  const { t, i18n } = useTranslation();
  const note = useReaderState(store, (state) => state.note);
  if (note === null) return null;
  const speaker = bundle.speakers.find((s) => s.id === note.speaker);
  if (!speaker) return null;
  const { name, nameLang, role, roleLang } = speakerInLanguage(speaker, i18n.language);
  return (
    <div
      className="speaker-note"
      aria-hidden="true"
      data-color={speakerColours(bundle).get(speaker.id)}
      style={{ top: note.top, left: note.left }}
    >
      <span className="note-name" lang={nameLang}>
        {name}
      </span>
      {role === null ? null : (
        <span className="note-role" lang={roleLang}>
          {role}
        </span>
      )}
      <span className="note-kind">{t(`labels.quoteKinds.${note.kind}`)}</span>
    </div>
  );
}
