import { extractArxivId, extractArxivVersion, normalizeDoi } from '../../model/ids';
import type { PaperIds, PaperLink } from '../../model';
import { httpUrl } from '../dom';

/** DOIs under this prefix are arXiv's own DataCite DOIs; they name the preprint, so they count as arXiv ids. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * Returns the arXiv id in a CoRR key: `journals/corr/abs-2303-14702` is 2303.14702 and
 * `journals/corr/abs-cs-0601001` is cs/0601001. Older CoRR keys (`journals/corr/JacobsWUC15`)
 * carry none; their arXiv link gives it.
 */
export function arxivFromCorrKey(key: string): string | null {
  const modern = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
  if (modern) return extractArxivId(`${modern[1]}.${modern[2]}`, { bare: true });
  const old = /^journals\/corr\/abs-([a-z]+(?:-[a-z]+)?)-(\d{7})$/.exec(key);
  return old ? `${old[1]}/${old[2]}` : null;
}

/** Ids and links read from an entry's key and its electronic-edition links. */
export function identifiersOf(
  key: string | null,
  editionHrefs: string[],
  base: string,
): { ids: PaperIds; links: PaperLink[]; arxivVersion: number | null } {
  let doi: string | null = null;
  let arxivVersion: number | null = null;
  let arxiv = key ? arxivFromCorrKey(key) : null;
  const links: PaperLink[] = [];
  for (const href of editionHrefs) {
    const url = httpUrl(href, base);
    if (!url) continue;
    const host = new URL(url).hostname;
    const foundDoi = /(^|\.)doi\.(org|acm\.org)$/.test(host) ? normalizeDoi(url) : null;
    const dataCite = foundDoi ? ARXIV_DOI.exec(foundDoi) : null;
    const foundArxiv = dataCite?.[1] ? extractArxivId(`arXiv:${dataCite[1]}`) : extractArxivId(url);
    if (foundArxiv) {
      arxiv ??= foundArxiv;
      arxivVersion = Math.max(arxivVersion ?? 0, extractArxivVersion(url) ?? 0) || null;
      links.push({ kind: 'arxiv', url });
    } else if (foundDoi) {
      doi ??= foundDoi;
      links.push({ kind: 'doi', url });
    } else {
      links.push({ kind: 'publisher', url });
    }
  }
  if (key) links.unshift({ kind: 'detail', url: `https://dblp.org/rec/${key}` });
  const ids: PaperIds = { ...(doi && { doi }), ...(arxiv && { arxiv }), ...(key && { dblpKey: key }) };
  return { ids, links, arxivVersion };
}
