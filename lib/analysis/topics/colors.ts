/** Field colours, kept apart from the lexicon so overlays can use them without loading it. */

/**
 * Tag backgrounds, picked as light hues (HSL lightness 68–88%) so dark text (#1f1f1f) keeps a
 * contrast ratio of at least 7:1 and the tags stand out on dark pages too.
 */
export const FIELD_COLORS: Readonly<Record<string, string>> = {
  'Computer Science': '#a8c6f0', Mathematics: '#c8c8f9', 'Physics and Astronomy': '#9ad6ea',
  'Materials Science': '#c7a3e0', Chemistry: '#94dbc9', 'Chemical Engineering': '#b5e3e3',
  'Biochemistry, Genetics and Molecular Biology': '#a6ddb4', 'Agricultural and Biological Sciences': '#b2db94',
  'Environmental Science': '#c8dd88', 'Earth and Planetary Sciences': '#d2ad89', Energy: '#f3dc68',
  Engineering: '#afc5d4', Medicine: '#f1b1b1', Nursing: '#efc8cb', Dentistry: '#c0edda', Veterinary: '#e0e0b8',
  'Health Professions': '#fad6bd', 'Immunology and Microbiology': '#c99cba',
  'Pharmacology, Toxicology and Pharmaceutics': '#f3cef3', Neuroscience: '#e7b1f1', Psychology: '#fac2d9',
  'Social Sciences': '#f1b99d', 'Economics, Econometrics and Finance': '#eecd8b',
  'Business, Management and Accounting': '#e9e3a5', 'Arts and Humanities': '#e79daf', 'Decision Sciences': '#bcbcd2',
};

/** Returns the tag background colour of a field. Unknown fields get a light hue derived from the name. */
export function fieldColor(field: string): string {
  const known = FIELD_COLORS[field];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < field.length; i++) hash = (hash * 31 + field.charCodeAt(i)) >>> 0;
  return `hsl(${hash % 360} 55% 80%)`;
}
