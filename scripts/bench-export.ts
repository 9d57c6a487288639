// Measures the library's two speed targets on synthetic data: exporting 10,000 papers to BibTeX
// and one search keystroke over 10,000 papers. Run: npx tsx scripts/bench-export.ts
import { performance } from 'node:perf_hooks';
import type { StoredPaper } from '../lib/db/database';
import { exportPapers } from '../lib/export';
import { PaperSearch } from '../lib/search';
import { matchesFilters, NO_FILTERS } from '../lib/search/filter';
import { sortPapers } from '../lib/search/sort';

const PAPER_COUNT = 10_000;
const RUNS = 5;

const WORDS = ['graph', 'neural', 'fjord', 'salinity', 'quantum', 'protein', 'ocean', 'lattice', 'sparse', 'Übersicht', '深度', 'learning', 'bayesian', 'tidal', 'robust'];
const NAMES = ['Ines Kovač', 'Zoë Ørsted', 'Grace Hopper', 'Tor Aas', '王小明', 'Luca Della Rocca', 'Jan van den Berg'];
/** Phrases for the Chinese, Japanese and Korean titles of 3 papers in 20. Chinese and Japanese titles have no spaces. */
const CHINESE = ['深度学习', '图像识别', '神经网络', '海洋盐度', '蛋白质结构', '量子计算', '稀疏表示', '鲁棒优化', '潮汐预测'];
const JAPANESE = ['深層学習', '画像認識', 'グラフ構造', 'ニューラルネットワーク', 'タンパク質', '量子計算', '海洋観測', 'スパース表現'];
const KOREAN = ['딥러닝', '이미지', '그래프', '신경망', '양자', '단백질', '해양', '희소', '조석'];
/** Words for the Portuguese notes that 1 paper in 4 carries, so that the timings include accent folding. */
const NOTE_WORDS = ['inovação', 'Camões', 'secção', 'métodos', 'análise', 'revisão', 'citação', 'conclusões', 'próximo'];

function pick(phrases: string[], index: number, offset: number): string {
  return phrases[(index * 7 + offset * 13) % phrases.length] ?? '';
}

function syntheticTitle(index: number): string {
  const word = (offset: number) => WORDS[(index * 7 + offset * 13) % WORDS.length] ?? 'paper';
  switch (index % 20) {
    case 1:
      return `基于${pick(CHINESE, index, 1)}的${pick(CHINESE, index, 2)}方法研究${index}`;
    case 8:
      return `${pick(JAPANESE, index, 1)}による${pick(JAPANESE, index, 2)}の手法${index}`;
    case 15:
      return `${pick(KOREAN, index, 1)} 기반 ${pick(KOREAN, index, 2)} 인식 연구 ${index}`;
    default:
      return `${word(1)} ${word(2)} methods for ${word(3)} ${word(4)} ${index}`;
  }
}

function syntheticPaper(index: number): StoredPaper {
  const title = syntheticTitle(index);
  const now = '2026-01-01T00:00:00.000Z';
  return {
    id: `p-${index.toString(16).padStart(16, '0')}`,
    title,
    authors: [0, 1, 2].map((offset) => ({ name: NAMES[(index + offset) % NAMES.length] ?? 'Anon' })),
    authorsTruncated: index % 5 === 0,
    venue: index % 3 === 0 ? 'Proceedings of the Conference on Tests' : 'Journal of Coastal Studies',
    year: index % 11 === 0 ? null : 1990 + (index % 35),
    citations: index % 13 === 0 ? null : index % 900,
    ids: index % 2 === 0 ? { doi: `10.5555/test.${index}` } : {},
    links: [{ kind: 'detail', url: `https://example.org/paper/${index}` }],
    codeLinks: index % 4 === 0 ? [{ url: `https://github.com/example/repo-${index}`, source: 'page-link', site: 'google-scholar' }] : [],
    topics: [{ field: 'Computer Science', label: index % 2 ? 'Machine Learning' : 'Databases', score: 0.8, tier: 'lexicon' }],
    provenance: [{ site: 'google-scholar', profile: 'google-scholar:QQQQ', pageUrl: 'https://scholar.google.com/citations?user=QQQQ', firstSeen: now, lastSeen: now }],
    keys: [],
    profileKeys: ['google-scholar:QQQQ'],
    saved: 1,
    savedAt: now,
    addedAt: now,
    updatedAt: now,
    ...(index % 4 === 0 && { note: syntheticNote(index) }),
  };
}

function syntheticNote(index: number): string {
  const words = [1, 2, 3, 4, 5, 6].map((offset) => pick(NOTE_WORDS, index, offset));
  return `Ler de novo: ${words.join(' ')} na secção ${index % 9}, e comparar com a tese.`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const papers = Array.from({ length: PAPER_COUNT }, (_, index) => syntheticPaper(index));

const exportTimes = Array.from({ length: RUNS }, () => time(() => exportPapers(papers, 'bibtex')));
const bytes = Buffer.byteLength(exportPapers(papers, 'bibtex').text);

let index: PaperSearch | null = null;
const buildTimes = Array.from({ length: RUNS }, () => time(() => (index = new PaperSearch(papers))));
const sorted = sortPapers(papers, 'added');
/** Handles one keystroke as the library page does: search, then filter the sorted list. */
function keystroke(query: string): void {
  const matches = index?.search(query) ?? null;
  const matching = matches === null ? null : new Set(matches);
  sorted.filter((paper) => (matching === null || matching.has(paper.id)) && matchesFilters(paper, NO_FILTERS));
}
const syncTimes = Array.from({ length: RUNS }, (_, run) => {
  const changed = papers.map((paper, position) => (position === run ? { ...paper, updatedAt: `2026-02-0${run + 1}T00:00:00.000Z` } : paper));
  return time(() => index?.sync(changed));
});
const keystrokes = [
  'g', 'gr', 'gra', 'graph', 'graph n', 'graph ne', 'graph neural', 'kovač', 'kovac', 'orsted', 'tidal 2',
  'inovacao', 'camões', 'seccao 3', '深', '图像', '图像识别', '画像認識', '이미지', 'BERT 图像',
];
const searchTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  for (const query of keystrokes) searchTimes.push(time(() => keystroke(query)));
}

console.log(`Node ${process.version}, ${PAPER_COUNT} synthetic papers, median of ${RUNS} runs`);
console.log(`BibTeX export: ${median(exportTimes).toFixed(1)} ms (${(bytes / 1e6).toFixed(1)} MB), target 1000 ms`);
console.log(`Search index build: ${median(buildTimes).toFixed(1)} ms (once per page load)`);
console.log(`Search index sync after one paper changed: ${median(syncTimes).toFixed(1)} ms`);
const slowest = new Map<string, number>();
keystrokes.forEach((query, position) => {
  const times = searchTimes.filter((_, index) => index % keystrokes.length === position);
  slowest.set(query, median(times));
});
console.log(`Search keystroke medians: ${Array.from(slowest, ([query, ms]) => `"${query}" ${ms.toFixed(1)} ms`).join(', ')}`);
console.log(`Search keystroke (search and filter): median ${median(searchTimes).toFixed(2)} ms, max ${Math.max(...searchTimes).toFixed(2)} ms over ${searchTimes.length} queries, target 50 ms`);
