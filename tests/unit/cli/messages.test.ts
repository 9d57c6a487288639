import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidPapersFile, readPaperLines } from '../../../lib/cli/analyze-command';
import { EmptyFile, NotAPage, loadPage } from '../../../lib/cli/load-page';
import { parseDocument, UnrecognisedPage } from '../../../lib/cli/parse-command';
import { REAL_PAGES, parseHtml, realPagesPresent } from '../../helpers/pages';

const BIN = resolve(import.meta.dirname, '../../../bin/scholar-lens.mjs');
const folder = mkdtempSync(join(tmpdir(), 'scholar-lens-messages-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

/** Returns the message `parseDocument` raises for the page, and fails when it reads the page. */
function unrecognisedMessage(doc: Document, options: { url?: string; site?: string }): string {
  try {
    parseDocument(doc, options);
  } catch (error) {
    if (error instanceof UnrecognisedPage) return error.message;
    throw error;
  }
  throw new Error('parseDocument read the page');
}

const DBLP_XML =
  '<?xml version="1.0" encoding="US-ASCII"?>\n<dblpperson name="Ada Example" pid="123/4567-2" n="1">' +
  '<r><article key="journals/x/Example24"><author pid="123/4567-2">Ada Example</author><title>A title.</title>' +
  '<year>2024</year></article></r></dblpperson>\n';

describe('parse messages for --url', () => {
  it('names dblp XML export and its HTML page', async () => {
    const file = writeTemp('person.xml', DBLP_XML);
    await expect(loadPage(file)).rejects.toThrow(NotAPage);
    await expect(loadPage(file)).rejects.toThrow(
      `${file} is XML, not a saved HTML page. It is dblp's XML export of a person; open https://dblp.org/pid/123/4567-2.html, save it, and give that file.`,
    );
    const message = unrecognisedMessage(parseHtml('<p>Ada Example</p>'), { url: 'https://dblp.org/pid/123/4567-2.xml' });
    expect(message).toContain("the page at https://dblp.org/pid/123/4567-2.xml is dblp's XML export, which Scholar Lens does not read");
    expect(message).toContain('Open the HTML person page https://dblp.org/pid/123/4567-2.html');
  });

  it('points JSON to library import', async () => {
    const file = writeTemp('works.json', '{"group": []}');
    await expect(loadPage(file)).rejects.toThrow(`${file} is JSON, not a saved HTML page. A Scholar Lens JSON export, a CSL-JSON file or an ORCID works file is imported in the Import section`);
  });

  it.each([
    ['feed.xml', '<?xml version="1.0"?><feed><entry/></feed>', 'XML'],
    ['bare-feed.xml', '<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', 'XML'],
  ])('names %s as data, not a page', async (name, text, format) => {
    const file = writeTemp(name, text);
    await expect(loadPage(file)).rejects.toThrow(`${file} is ${format}, not a saved HTML page. Open the profile page in a browser`);
  });

  it('points BibTeX to the import', async () => {
    const file = writeTemp('refs.bib', '@article{key,\n  title = {A title}\n}');
    await expect(loadPage(file)).rejects.toThrow(`${file} is BibTeX, not a saved HTML page. Import it in the Import section of the extension's library page`);
  });

  it('names dblp XML without a declaration', async () => {
    const file = writeTemp('bare-person.xml', DBLP_XML.replace(/^<\?xml[^>]*>\n/, ''));
    await expect(loadPage(file)).rejects.toThrow(`${file} is XML, not a saved HTML page. It is dblp's XML export of a person`);
  });

  it('reads an XHTML page with a declaration', async () => {
    const doc = await loadPage(writeTemp('page.xhtml', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>'));
    expect(doc.querySelector('p')?.textContent).toBe('Hi');
  });

  it('names a site path no adapter reads', () => {
    const message = unrecognisedMessage(parseHtml('<p>Proceedings</p>'), { url: 'https://dblp.org/db/conf/icse/icse2024.html' });
    expect(message).toBe(
      'the page at https://dblp.org/db/conf/icse/icse2024.html is not a layout Scholar Lens reads on dblp, which it reads at ' +
        '/pid/*, /pers/*, /search*. Give the address of such a page, or leave out --url.',
    );
  });

  it('names a list address with other markup', () => {
    const message = unrecognisedMessage(parseHtml('<p>Proceedings</p>'), { url: 'https://scholar.google.com/citations?user=QQQQ' });
    expect(message).toContain('is a google-scholar address, but the file has no google-scholar list in it');
  });

  it('names a host no adapter handles', () => {
    const message = unrecognisedMessage(parseHtml('<p>Opening hours</p>'), { url: 'https://example.org/hours' });
    expect(message).toContain('no site adapter handles example.org');
    expect(message).not.toContain('Give --url');
  });
});

describe.skipIf(!realPagesPresent('acl-anthology'))('parse messages for --site', () => {
  it('names the site the markup matches', async () => {
    const doc = await loadPage(resolve(REAL_PAGES, 'acl-anthology', 'madsack-2023.html'));
    expect(unrecognisedMessage(doc, { site: 'dblp' })).toBe(
      'the page does not look like a dblp page: the acl-anthology adapter recognised its markup. Run with --site acl-anthology, or without --site.',
    );
  });
});

describe('parse messages for --site on any page', () => {
  it('says when no adapter recognised it', () => {
    expect(unrecognisedMessage(parseHtml('<p>Opening hours</p>'), { site: 'dblp' })).toBe(
      'the page does not look like a dblp page, and no other site adapter recognised a list in it either.',
    );
    expect(unrecognisedMessage(parseHtml('<p>Opening hours</p>'), { site: 'arxiv' })).toContain('does not look like an arxiv page');
    expect(unrecognisedMessage(parseHtml('<p>Opening hours</p>'), { site: 'generic' })).toContain('at least 3 entries');
  });
});

describe('empty files', () => {
  it.each([
    ['no bytes', '', 'it has 0 bytes'],
    ['only whitespace', ' \n\t\n', 'its 4 bytes are all whitespace'],
  ])('reports a page with %s', async (_case, text, detail) => {
    const file = writeTemp(`empty-${text.length}.html`, text);
    await expect(loadPage(file)).rejects.toThrow(EmptyFile);
    await expect(loadPage(file)).rejects.toThrow(`${file} is empty: ${detail}.`);
  });

  it.each([['parse'], ['analyze']])('%s exits 2 on an empty page', (command) => {
    const file = writeTemp('empty.html', '');
    const { code, stdout, stderr } = run(command, file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`scholar-lens: ${file} is empty: it has 0 bytes. Save the page again from the browser and give that file.\n`);
  }, 30_000);

  it('warns on analyze --papers without lines', () => {
    const file = writeTemp('blank.jsonl', '\n\n');
    const { code, stdout, stderr } = run('analyze', '--papers', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).paperCount).toBe(0);
    expect(stderr).toBe(`scholar-lens: ${file} is empty: it has no paper lines, so the analysis covers 0 papers.\n`);
  }, 30_000);
});

describe('analyze --papers invalid lines', () => {
  const lines = ['{"title": "Fine", "authors": ["A Bee"]}', 'not json', '{"title": "No authors"}', '', '{"title": "", "authors": ["C Dee"]}'];

  it('lists every invalid line', () => {
    let error: unknown;
    try {
      readPaperLines(lines.join('\n'), 'x.jsonl');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidPapersFile);
    const problems = (error as InvalidPapersFile).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^x\.jsonl:2: invalid JSON \(/);
    expect(problems[1]).toMatch(/^x\.jsonl:3: authors: /);
    expect(problems[2]).toMatch(/^x\.jsonl:5: title: /);
  });

  it('reads authors as parse prints them', () => {
    const papers = readPaperLines('{"title": "Fine", "authors": [{"name": "A Bee"}, "C Dee"]}', 'x.jsonl');
    expect(papers[0]?.authors).toEqual([{ name: 'A Bee' }, { name: 'C Dee' }]);
  });

  it("reads parse's field-only tags", () => {
    const topic = { field: 'Medicine', class: null, label: 'Medicine', score: 0.5, tier: 'lexicon' };
    const papers = readPaperLines(JSON.stringify({ title: 'Fine', authors: ['A Bee'], topics: [topic] }), 'x.jsonl');
    expect(papers[0]?.topics).toEqual([{ field: 'Medicine', label: 'Medicine', score: 0.5, tier: 'lexicon' }]);
  });

  it('prints one line per invalid line', () => {
    const file = writeTemp('papers.jsonl', lines.join('\n'));
    const { code, stdout, stderr } = run('analyze', '--papers', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const printed = stderr.trim().split('\n');
    expect(printed).toHaveLength(3);
    expect(printed.map((line) => /^scholar-lens: .*papers\.jsonl:(\d+): /.exec(line)?.[1])).toEqual(['2', '3', '5']);
  }, 30_000);
});
