import type { StoredPaper } from '@/lib/db/database';
import { authorLine, codeUrls, displayUrl, metaParts, titleLink } from './format';

export interface PaperItemProps {
  paper: StoredPaper;
  onDelete: (paper: StoredPaper) => void;
}

/** Renders one saved paper. Page text renders as JSX text, and only http(s) URLs become links. */
export function PaperItem({ paper, onDelete }: PaperItemProps) {
  const link = titleLink(paper.links);
  const authors = authorLine(paper);
  const meta = metaParts(paper);
  const code = codeUrls(paper);

  return (
    <li class="paper" data-paper-id={paper.id} data-testid="library-item">
      <div class="paper-body">
        <h2 class="paper-title">
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {paper.title}
            </a>
          ) : (
            paper.title
          )}
        </h2>
        {authors && <p class="paper-authors">{authors}</p>}
        {meta.length > 0 && <p class="paper-meta">{meta.join(' · ')}</p>}
        {code.length > 0 && (
          <div class="paper-code">
            <span>Code:</span>
            <ul class="inline-list">
              {code.map((url) => (
                <li key={url}>
                  <a href={url} target="_blank" rel="noopener noreferrer">
                    {displayUrl(url)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <button
        type="button"
        class="button button-danger"
        data-testid="delete-paper"
        aria-label={`Delete ${paper.title}`}
        onClick={() => onDelete(paper)}
      >
        Delete
      </button>
    </li>
  );
}
