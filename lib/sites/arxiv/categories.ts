import type { Topic } from '../../model';

/**
 * Fields for arXiv archives, named as the topic tagger names fields (OpenAlex field names).
 * Statistics has no OpenAlex field of its own and is filed under Mathematics.
 */
const ARCHIVE_FIELDS: Readonly<Record<string, string>> = {
  cs: 'Computer Science',
  math: 'Mathematics',
  stat: 'Mathematics',
  'math-ph': 'Physics and Astronomy',
  physics: 'Physics and Astronomy',
  'astro-ph': 'Physics and Astronomy',
  'cond-mat': 'Physics and Astronomy',
  'gr-qc': 'Physics and Astronomy',
  'hep-ex': 'Physics and Astronomy',
  'hep-lat': 'Physics and Astronomy',
  'hep-ph': 'Physics and Astronomy',
  'hep-th': 'Physics and Astronomy',
  nlin: 'Physics and Astronomy',
  'nucl-ex': 'Physics and Astronomy',
  'nucl-th': 'Physics and Astronomy',
  'quant-ph': 'Physics and Astronomy',
  'q-bio': 'Biochemistry, Genetics and Molecular Biology',
  'q-fin': 'Economics, Econometrics and Finance',
  econ: 'Economics, Econometrics and Finance',
  eess: 'Engineering',
};

export interface Category {
  /** Category id such as `cs.CL` or `hep-th`. */
  id: string;
  /** Category name as the page wrote it, such as "Computation and Language". */
  name: string;
}

/** Reads "Computation and Language (cs.CL); Machine Learning (cs.LG)" in page order, primary first. */
export function parseSubjects(text: string): Category[] {
  const categories: Category[] = [];
  for (const match of text.matchAll(/([^;()]+?)\s*\(([a-z-]+(?:\.[A-Za-z-]+)?)\)/g)) {
    const name = match[1]?.replace(/^[^:]*:\s*/, '').trim();
    const id = match[2];
    if (name && id && !categories.some((category) => category.id === id)) categories.push({ id, name });
  }
  return categories;
}

/** Returns the broad field of a category, or null for an archive not in the table. */
export function fieldOf(categoryId: string): string | null {
  return ARCHIVE_FIELDS[categoryId.split('.')[0] ?? ''] ?? null;
}

/**
 * Topics from categories, primary first. The primary category scores 1 and cross-lists 0.8,
 * because the authors chose the primary one as the paper's home.
 */
export function categoryTopics(categories: Category[]): Topic[] {
  return categories.flatMap((category, index) => {
    const field = fieldOf(category.id);
    if (!field) return [];
    const topic: Topic = {
      field,
      class: category.id,
      label: category.name,
      score: index === 0 ? 1 : 0.8,
      tier: 'arxiv-category',
      evidence: [category.id],
    };
    return [topic];
  });
}
