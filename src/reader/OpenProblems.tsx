import { useTranslation } from 'react-i18next';
import type { OpenProblem } from './openResult.ts';

/** How many problems are listed; the rest are counted. */
const SHOWN = 8;

function ProblemText({ problem }: { problem: OpenProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'line':
      return t('errors.atLine', {
        input: t(`inputs.${problem.input}`),
        line: problem.line,
        message: problem.message,
      });
    case 'path':
      return (
        <>
          <code>{problem.path}</code>: {problem.message}
        </>
      );
    case 'tooLarge':
      return t('errors.tooLarge', { name: problem.name, limit: problem.limitMegabytes });
    case 'notJson':
      return problem.line === null
        ? t('errors.notJson', { message: problem.message })
        : t('errors.notJsonAtLine', { line: problem.line, message: problem.message });
    case 'unreadable':
      return t('errors.unreadable', { message: problem.message });
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
  const { t } = useTranslation();
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
