import { useTranslation } from 'react-i18next';
import { addEnglishBlock } from '../i18n/addEnglishBlock.ts';
import type { OpenProblem } from './openResult.ts';

/** How many problems are listed; the rest are counted. */
const SHOWN = 8;

type FileProblem = Extract<OpenProblem, { kind: 'file' }>;

/**
 * A problem found while reading or checking a file, said in the interface language by its code,
 * framed by where it is: line and column for JSON syntax, the JSON path and its line for a bundle
 * of the wrong shape, the line for the rest. The `detail` (which character, which rule) stays in
 * English: it quotes the file and the format, which are not translated.
 */
function FileProblemText({ problem: { input, problem } }: { problem: FileProblem }) {
  const { t } = useTranslation();
  const where = t(`inputs.${input}`);
  const detail = problem.detail ?? '';
  const line = problem.line;
  switch (problem.code) {
    case 'empty':
      return t('errors.open.empty', { input: where });
    case 'json-syntax': {
      const message = t('errors.open.json-syntax', { detail });
      return line === undefined
        ? message
        : t('errors.atLineColumn', { input: where, line, column: problem.column ?? 1, message });
    }
    case 'wrong-version':
    case 'schema': {
      const message = t(`errors.open.${problem.code}`, { detail });
      return (
        <>
          {line === undefined
            ? t('errors.atPath', { input: where })
            : t('errors.atPathLine', { input: where, line })}{' '}
          <code>{problem.path ?? ''}</code>: {message}
        </>
      );
    }
    case 'unreadable':
    case 'too-large':
    case 'binary':
    case 'encoding-utf16':
    case 'encoding-invalid': {
      const message = t(`errors.open.${problem.code}`, { detail });
      return line === undefined
        ? t('errors.inInput', { input: where, message })
        : t('errors.atLine', { input: where, line, message });
    }
  }
}

function ProblemText({ problem }: { problem: OpenProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'file':
      return <FileProblemText problem={problem} />;
    case 'line':
      return t('errors.atLine', {
        input: t(`inputs.${problem.input}`),
        line: problem.line,
        message: problem.message,
      });
    case 'tooLarge':
      return t(problem.name === '' ? 'errors.open.too-large-pasted' : 'errors.open.too-large', {
        name: problem.name,
        size: problem.megabytes,
        limit: problem.limitMegabytes,
      });
    case 'unreadable':
      return t('errors.open.unreadable', { detail: problem.message });
    case 'noFile':
      return t('errors.noFile');
  }
}

/** Why the article could not be opened, each problem with its line or JSON path. */
export function OpenProblems({
  problems,
  onDismiss,
}: {
  problems: readonly OpenProblem[];
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation();
  addEnglishBlock(i18n, 'errors');
  addEnglishBlock(i18n, 'inputs');
  return (
    <div className="problems" role="alert">
      <p className="problems-title">{t('errors.couldNotOpen')}</p>
      <ul>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            <ProblemText problem={problem} />
          </li>
        ))}
      </ul>
      {problems.length > SHOWN ? (
        <p>{t('errors.moreProblems', { count: problems.length - SHOWN })}</p>
      ) : null}
      <button type="button" className="quiet-button" onClick={onDismiss}>
        {t('buttons.dismiss')}
      </button>
    </div>
  );
}
