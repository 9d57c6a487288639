import { CLASSES as C, SELECTORS as S } from './selectors';

/** The elements of one publication row that its record is read from. */
export interface RowParts {
  titleLink: Element | null;
  authorsLine: Element | undefined;
  venueLine: Element | undefined;
  citedBy: Element | null;
  mergedMarker: boolean;
  year: Element | null;
}

/**
 * Finds a row's parts among its cells' children, where Scholar puts them. On a 1000-row list in
 * Chromium this walk costs about a fifth of one selector query per part. A part that is not in its
 * usual place (a changed or damaged layout) is looked up by selector anywhere in the row.
 */
export function rowParts(row: Element): RowParts {
  let titleCell: Element | null = null;
  let citationsCell: Element | null = null;
  let yearCell: Element | null = null;
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    const classes = cell.classList;
    if (classes.contains(C.titleCell)) titleCell ??= cell;
    else if (classes.contains(C.citationsCell)) citationsCell ??= cell;
    else if (classes.contains(C.yearCell)) yearCell ??= cell;
  }

  let titleLink: Element | null = null;
  let authorsLine: Element | undefined;
  let venueLine: Element | undefined;
  for (let child = titleCell?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'a' && child.classList.contains(C.titleLink)) titleLink ??= child;
    else if (child.localName === 'div' && child.classList.contains(C.grayLine)) {
      if (!authorsLine) authorsLine = child;
      else venueLine ??= child;
    }
  }
  if (!titleLink) {
    titleLink = row.querySelector(S.titleLink);
    const lines = (titleLink?.closest(S.titleCell) ?? row).querySelectorAll(S.grayLines);
    authorsLine = lines[0];
    venueLine = lines[1];
  }

  return {
    titleLink,
    authorsLine,
    venueLine,
    ...citationParts(row, citationsCell),
    year: childWithClass(yearCell, C.year, 'span') ?? row.querySelector(S.year),
  };
}

function citationParts(row: Element, cell: Element | null): Pick<RowParts, 'citedBy' | 'mergedMarker'> {
  if (!cell) return { citedBy: row.querySelector(S.citedBy), mergedMarker: row.querySelector(S.mergedMarker) !== null };
  let count: Element | null = null;
  let marker: Element | null = null;
  for (let child = cell.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'a' && child.classList.contains(C.citedBy)) count ??= child;
    else if (child.localName === 'span' && child.classList.contains(C.mergedMarker)) marker ??= child;
  }
  return {
    citedBy: count ?? row.querySelector(S.citedBy),
    // A cell that contains only the count link has no marker, so only a cell with more content is searched.
    mergedMarker: marker
      ? childWithClass(marker, C.mergedLink, 'a') !== null
      : cell.childElementCount > (count ? 1 : 0) && row.querySelector(S.mergedMarker) !== null,
  };
}

/** Returns the first child of `parent` with tag `tag` and class `name`. */
function childWithClass(parent: Element | null, name: string, tag: string): Element | null {
  for (let child = parent?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === tag && child.classList.contains(name)) return child;
  }
  return null;
}
