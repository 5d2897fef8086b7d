import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What is shown instead of a reader that failed to render: why, and the way back. */
function RenderFailed({ home }: { home: string }) {
  const { t } = useTranslation();
  return (
    <div className="problems" role="alert">
      <p className="problems-title">{t('status.renderFailed')}</p>
      <p>
        <a href={home}>{t('status.reloadFirst')}</a>
      </p>
    </div>
  );
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Where the way back leads: by default Kabar's first article, as a fresh page load. */
  home?: string;
}

/**
 * Turns a rendering failure anywhere in the reader (a bundle no one foresaw, a browser quirk) into
 * a readable message in the interface language with a link back, never a blank page. A class,
 * because only a class can catch its children's render errors in React.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (this.state.failed)
      return <RenderFailed home={this.props.home ?? import.meta.env.BASE_URL} />;
    return this.props.children;
  }
}
