/** One entry as citation-js parses a .bib file: field names lower-cased, values still in LaTeX. */
export interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** Entry types that describe a whole volume, which other entries name by `crossref` as where they appeared. */
const VOLUME_TYPES = new Set(['proceedings', 'mvproceedings', 'book', 'mvbook', 'collection', 'mvcollection', 'reference', 'mvreference', 'periodical']);

/** Entry types whose venue is a journal, written in `journal` (BibTeX) or `journaltitle` (BibLaTeX). */
const ARTICLE_TYPES = new Set(['article', 'suppperiodical']);

/** Maximum number of crossrefs followed from one entry (to its volume, then to a multi-volume work), so a cycle ends. */
const MAX_CROSSREF_DEPTH = 4;

export interface ResolvedEntries {
  /** The entries in file order, each with the venue and year it inherits through `crossref`. */
  entries: BibtexEntry[];
  /** The volume entries (`@proceedings`, `@book`, …) that another entry names by `crossref`. */
  volumes: Set<BibtexEntry>;
}

/**
 * Resolves `crossref` fields within one file, as dblp's "with crossref" export writes them: an
 * `@inproceedings` names its `@proceedings` volume. An entry without a venue takes the volume's
 * `booktitle` or `title` as its booktitle (its journal, for an article), and an entry without a
 * year or date takes the volume's. Other fields are not inherited, unlike in BibLaTeX, because the
 * volume's DOI, URL, volume number and editors belong to the volume and not to the paper.
 * A crossref to a key that is not in the file is ignored.
 */
export function resolveCrossrefs(entries: BibtexEntry[]): ResolvedEntries {
  const byKey = new Map<string, BibtexEntry>();
  // A crossref key that differs from an entry's key only in letter case still matches, unless another entry spells it exactly.
  for (const entry of entries) if (!byKey.has(entry.label.toLowerCase())) byKey.set(entry.label.toLowerCase(), entry);
  for (const entry of entries) byKey.set(entry.label, entry);

  const volumes = new Set<BibtexEntry>();
  const resolved = entries.map((entry) => {
    let result = entry;
    let current = entry;
    for (let depth = 0; depth < MAX_CROSSREF_DEPTH; depth++) {
      const key = current.properties.crossref?.trim();
      const parent = key ? (byKey.get(key) ?? byKey.get(key.toLowerCase())) : undefined;
      if (!parent || parent === entry || parent === current) break;
      if (VOLUME_TYPES.has(parent.type.toLowerCase())) volumes.add(parent);
      result = inherit(result, parent);
      current = parent;
    }
    return result;
  });
  return { entries: resolved, volumes };
}

/** Returns the entry with the venue and year it lacks taken from `parent`. */
function inherit(entry: BibtexEntry, parent: BibtexEntry): BibtexEntry {
  const own = entry.properties;
  const from = parent.properties;
  const properties = { ...own };

  // A volume's title is the venue of its parts. Another entry only passes on a venue it names itself.
  const volumeTitle = VOLUME_TYPES.has(parent.type.toLowerCase()) ? from.title : undefined;
  const venueField = ARTICLE_TYPES.has(entry.type.toLowerCase()) ? 'journal' : 'booktitle';
  const ownVenue = own.booktitle ?? own.journal ?? own.journaltitle;
  const parentVenue = venueField === 'journal' ? (from.journal ?? from.journaltitle ?? volumeTitle) : (from.booktitle ?? volumeTitle);
  if (!ownVenue && parentVenue) properties[venueField] = parentVenue;

  if (!own.year && !own.date) {
    if (from.year) properties.year = from.year;
    else if (from.date) properties.date = from.date;
  }
  return { ...entry, properties };
}
