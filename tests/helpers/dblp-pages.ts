/** A co-author on an inline dblp page: the name as dblp prints it (with any homonym number) and the pid. */
export type DblpCoauthor = [name: string, pid: string];

/** Builds one dblp entry by the page owner, Ana Lopez, and the given co-authors in order. */
export function dblpEntry(key: string, title: string, ...coauthors: DblpCoauthor[]): string {
  const authors = coauthors.map(
    ([name, pid]) =>
      `<span itemprop="author" itemscope><a href="https://dblp.org/pid/${pid}.html" itemprop="url"><span itemprop="name" title="${name}">${name}</span></a></span>`,
  );
  return `<li class="entry article toc" id="${key}"><cite class="data" itemprop="headline">
<span itemprop="author" itemscope><span class="this-person" itemprop="name">Ana Lopez</span></span>,
${authors.join(',\n')}:
<span class="title" itemprop="name">${title}.</span></cite></li>`;
}

/** Builds Ana Lopez's dblp person page with the given entries, all under the year 2023. */
export function dblpPersonPage(entries: string[]): string {
  return `<!DOCTYPE html><html><head><title>dblp: Ana Lopez</title>
<link rel="canonical" href="https://dblp.org/pid/10/1000.html"></head><body>
<header id="headline"><h1><span class="name primary" itemprop="name">Ana Lopez</span></h1></header>
<div id="publ-section"><ul class="publ-list"><li class="year">2023</li>${entries.join('\n')}</ul></div></body></html>`;
}
