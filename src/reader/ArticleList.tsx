import { useTranslation } from 'react-i18next';

export interface ArticleLink {
  slug: string;
  title: string;
  titleGloss?: string;
}

/** Every article Kabar was built with, when there is more than one. */
export function ArticleList({
  articles,
  current,
}: {
  articles: readonly ArticleLink[];
  current: string | null;
}) {
  const { t } = useTranslation();
  if (articles.length < 2) return null;
  return (
    <nav className="article-list" aria-label={t('labels.articles')}>
      <h2 className="list-heading">{t('labels.articles')}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <a
              href={`?article=${encodeURIComponent(article.slug)}`}
              aria-current={article.slug === current ? 'page' : undefined}
            >
              <span lang="id">{article.title}</span>
              {article.titleGloss === undefined ? null : (
                <span className="list-gloss" lang="en">
                  {article.titleGloss}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
