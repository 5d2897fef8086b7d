import type { Bundle } from '../bundle/schema.ts';

/** The article, each paragraph with its gloss beside it. */
export function ArticleView({ bundle }: { bundle: Bundle }) {
  return (
    <article>
      <h1 lang="id">{bundle.title.text}</h1>
      {bundle.title.gloss === undefined ? null : <p lang="en">{bundle.title.gloss}</p>}
      {bundle.sections.map((section) => (
        <section key={section.id} id={section.id}>
          {section.heading ? <h2 lang="id">{section.heading.text}</h2> : null}
          {section.paragraphs.map((paragraph) => (
            <div key={paragraph.id} id={paragraph.id}>
              <p lang="id">{paragraph.text}</p>
              {paragraph.gloss === undefined ? null : <p lang="en">{paragraph.gloss}</p>}
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
