import type { StoredPaper } from '@/lib/db/database';
import { shownTopics } from '@/lib/analysis/topics/confidence';
import { fieldColor } from '@/lib/analysis/topics/colors';
import { authorLine, codeUrls, displayUrl, metaParts, titleLink } from './format';

export interface PaperItemProps {
  paper: StoredPaper;
  selected: boolean;
  onSelect: (paper: StoredPaper, selected: boolean) => void;
  onEdit: (paper: StoredPaper) => void;
  onDelete: (paper: StoredPaper) => void;
  /** Saves the paper, or takes it out of the saved papers while keeping it stored. */
  onToggleSaved: (paper: StoredPaper) => void;
}

/** Renders one paper in a fixed-height row. Page text renders as JSX text, and only http(s) URLs become links. */
export function PaperItem({ paper, selected, onSelect, onEdit, onDelete, onToggleSaved }: PaperItemProps) {
  const link = titleLink(paper.links);
  const authors = authorLine(paper);
  const metaText = metaParts(paper).join(' · ');
  const code = codeUrls(paper);
  const tags = paper.userTags ?? [];
  // The tags a profile page shows for the paper, the user's correction first.
  const topics = shownTopics(paper.userTopics ?? paper.topics);

  return (
    <div class="paper" data-paper-id={paper.id} data-testid="library-item">
      <input
        type="checkbox"
        class="paper-select"
        checked={selected}
        aria-label={`Select ${paper.title}`}
        data-testid="select-paper"
        onChange={(event) => onSelect(paper, event.currentTarget.checked)}
      />
      <div class="paper-body">
        <h2 class="paper-title" title={paper.title}>
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" data-testid="paper-title-link">
              {paper.title}
            </a>
          ) : (
            paper.title
          )}
        </h2>
        {authors && (
          <p class="paper-authors" title={authors}>
            {authors}
          </p>
        )}
        <p class="paper-meta">
          <span class="paper-meta-text" title={metaText}>
            {metaText}
          </span>
          {topics.map((topic) => (
            <span key={topic.class ?? topic.field} class="badge badge-topic" style={{ background: fieldColor(topic.field) }} title={topic.field}>
              {topic.label}
            </span>
          ))}
          {paper.note && <span class="badge">note</span>}
          {tags.map((tag) => (
            <span key={tag} class="badge badge-tag">
              {tag}
            </span>
          ))}
        </p>
        {code.length > 0 && (
          <div class="paper-code">
            <span>Code:</span>
            <ul class="inline-list">
              {code.map((url) => (
                <li key={url}>
                  <a href={url} target="_blank" rel="noopener noreferrer" data-testid="paper-code-link">
                    {displayUrl(url)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div class="paper-actions">
        <button
          type="button"
          class="button"
          aria-pressed={paper.saved === 1}
          aria-label={`${paper.saved === 1 ? 'Saved' : 'Save'}: ${paper.title}`}
          data-testid="library-save-toggle"
          onClick={() => onToggleSaved(paper)}
        >
          {paper.saved === 1 ? '★ Saved' : '☆ Save'}
        </button>
        <button type="button" class="button" data-testid="edit-paper" aria-label={`Note and tags of ${paper.title}`} onClick={() => onEdit(paper)}>
          Note and tags
        </button>
        <button
          type="button"
          class="button button-danger"
          data-testid="delete-paper"
          aria-label={`Delete ${paper.title}`}
          onClick={() => onDelete(paper)}
        >
          Delete
        </button>
      </div>
    </div>
  );
}
