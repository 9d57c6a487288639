import { describe, expect, it } from 'vitest';
import { PaperSearch } from '../../../lib/search';
import { storedPaper } from '../pages/seed';

const topic = (label: string) => ({ field: 'Computer Science', label, score: 1, tier: 'lexicon' as const });

const papers = [
  storedPaper('a', { title: 'Graph Neural Networks', venue: 'ICML', topics: [topic('Machine Learning')] }),
  storedPaper('b', { title: 'Query Optimizers', authors: [{ name: 'Grace Hopper' }], venue: 'VLDB' }),
  storedPaper('c', { title: '深度学习の基礎', authors: [{ name: 'Zoë Ørsted' }], venue: null }),
  storedPaper('d', { title: 'Type Systems', venue: 'POPL', userTopics: [topic('Programming Languages')], userTags: ['to-read'] }),
];

describe('PaperSearch', () => {
  const index = new PaperSearch(papers);

  it.each<[string, string[]]>([
    ['graph', ['a']],
    ['HOPPER', ['b']],
    ['popl type', ['d']],
    ['machine', ['a']],
    ['programming', ['d']],
    ['to-read', ['d']],
    ['zoë', ['c']],
    ['vld', ['b']],
    ['学习', ['c']],
  ])('finds %s', (query, expected) => {
    expect(index.search(query)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['hyperlink', ['n']],
    ['x2', ['n']],
    ['c++', ['n']],
  ])('finds %s next to symbols', (query, expected) => {
    const note = storedPaper('n', { title: 'Spreadsheets', note: '=HYPERLINK("http://x") a+b <x2> C++ code' });
    expect(new PaperSearch([note]).search(query)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['10.1145/1060590.1060693', ['i']],
    ['https://doi.org/10.1145/1060590.1060693', ['i']],
    ['https://arxiv.org/abs/2005.14165v4', ['i']],
    ['https://aclanthology.org/W19-4201.pdf', ['i']],
    ['doi:10.1145/1060590.1060693', ['i']],
    ['DOI: 10.1145/1060590.1060693', ['i']],
    ['doi.org/10.1145/1060590.1060693', ['i']],
    ['arXiv:2005.14165', ['i']],
    ['2005.14165v2', ['i']],
    ['arxiv.org/abs/2005.14165', ['i']],
    ['https://dblp.org/rec/journals/corr/abs-2005-14165.html', ['i']],
    ['DBLP:journals/corr/abs-2005-14165', ['i']],
    ['2005.14165', ['i']],
    ['W19-4201', ['i']],
    ['journals/corr/abs-2005-14165', ['i']],
    ['2020', ['i']],
    ['2005.14166', []],
  ])('finds identifier %s', (query, expected) => {
    const identified = storedPaper('i', {
      title: 'Language Models are Few-Shot Learners',
      year: 2020,
      ids: { doi: '10.1145/1060590.1060693', arxiv: '2005.14165', aclAnthology: 'W19-4201', dblpKey: 'journals/corr/abs-2005-14165' },
    });
    const other = storedPaper('o', { title: 'Query Optimizers', year: 2019, ids: { doi: '10.1145/1060590.1060700' } });
    expect(new PaperSearch([identified, other]).search(query)).toEqual(expected);
  });

  it('returns null for blank query', () => {
    expect(index.search('   ')).toBeNull();
  });

  it('requires every term', () => {
    expect(index.search('graph hopper')).toEqual([]);
  });

  it('skips tags too weak to show', () => {
    const weak = { field: 'Mathematics', label: 'Algebraic Geometry', score: 0.05, tier: 'lexicon' as const };
    const wine = storedPaper('w', { title: 'Monovarietal wines', topics: [topic('Food Science'), weak] });
    expect(new PaperSearch([wine]).search('algebraic')).toEqual([]);
    expect(new PaperSearch([wine]).search('food')).toEqual(['w']);
  });
});

describe('PaperSearch accents', () => {
  const index = new PaperSearch([
    storedPaper('pt', { title: 'Inovação aberta em serviços', authors: [{ name: 'Luís de Camões' }], venue: 'Revista de Administração' }),
    storedPaper('plain', { title: 'Inovacao sem acentos', authors: [{ name: 'Ana Souza' }] }),
    storedPaper('nordic', { title: 'Fjord models', authors: [{ name: 'Zoë Ørsted' }, { name: 'Paweł Łukasz' }] }),
    storedPaper('greek', { title: 'Άλγεβρα και γεωμετρία', authors: [{ name: 'Σίσυφος Παπαδόπουλος' }] }),
    storedPaper('kana', { title: 'ガラス工学の基礎' }),
    storedPaper('crow', { title: 'カラス生態の研究' }),
  ]);

  it.each<[string, string[]]>([
    ['inovacao', ['pt', 'plain']],
    ['inovação', ['pt', 'plain']],
    ['INOVAÇÃO', ['pt', 'plain']],
    ['inova', ['pt', 'plain']],
    ['Camoes', ['pt']],
    ['camões', ['pt']],
    ['servicos', ['pt']],
    ['administracao', ['pt']],
    ['orsted', ['nordic']],
    ['ørsted', ['nordic']],
    ['zoe', ['nordic']],
    ['lukasz', ['nordic']],
    ['αλγεβρα', ['greek']],
    ['ガラス', ['kana']],
    ['カラス', ['crow']],
  ])('finds %s', (query, expected) => {
    expect(new Set(index.search(query))).toEqual(new Set(expected));
  });
});

describe('PaperSearch notes and tags', () => {
  const index = new PaperSearch([
    storedPaper('noted', { title: 'Type Systems', note: 'Compare with the Coimbra lecture notes, secção 3' }),
    storedPaper('tagged', { title: 'Query Optimizers', userTags: ['tese', 'capítulo-2'] }),
    storedPaper('other', { title: 'Graph Neural Networks' }),
  ]);

  it.each<[string, string[]]>([
    ['coimbra', ['noted']],
    ['seccao', ['noted']],
    ['tese', ['tagged']],
    ['capitulo', ['tagged']],
    ['coimbra type', ['noted']],
  ])('finds %s', (query, expected) => {
    expect(index.search(query)).toEqual(expected);
  });

  it('re-indexes an edited note', () => {
    const edited = new PaperSearch([storedPaper('a', { title: 'Fjords' })]);
    expect(edited.search('reread')).toEqual([]);

    edited.sync([storedPaper('a', { title: 'Fjords', note: 'Reread before the defence', updatedAt: '2025-01-01T00:00:00.000Z' })]);

    expect(edited.search('reread')).toEqual(['a']);
  });
});

describe('PaperSearch sync', () => {
  it('re-indexes changed papers', () => {
    const index = new PaperSearch([storedPaper('a', { title: 'Fjords' }), storedPaper('b', { title: 'Rivers' })]);

    index.sync([storedPaper('a', { title: 'Glaciers', updatedAt: '2025-01-01T00:00:00.000Z' })]);

    expect(index.search('fjords')).toEqual([]);
    expect(index.search('glaciers')).toEqual(['a']);
    expect(index.search('rivers')).toEqual([]);
  });

  it('matches one letter as word', () => {
    const index = new PaperSearch([storedPaper('a', { title: 'Vitamin C intake' }), storedPaper('b', { title: 'Calcium' })]);
    expect(index.search('c')).toEqual(['a']);
  });
});

describe('PaperSearch CJK', () => {
  const index = new PaperSearch([
    storedPaper('zh', { title: '基于深度学习的图像识别方法研究', authors: [{ name: '王小明' }] }),
    storedPaper('ja', { title: '深層学習による画像認識' }),
    storedPaper('ko', { title: '딥러닝 기반 이미지인식 연구' }),
    storedPaper('apart', { title: '学习方式与方法' }),
    storedPaper('bert', { title: 'BERT 基于中文的预训练' }),
    storedPaper('english', { title: 'BERT for English' }),
  ]);

  it.each<[string, string[]]>([
    ['图像识别', ['zh']],
    ['による画像', ['ja']],
    ['画像認識', ['ja']],
    ['인식', ['ko']],
    ['미지인', ['ko']],
    ['小明', ['zh']],
    ['识', ['zh']],
    ['究', ['zh']],
  ])('finds run %s inside a longer run', (query, expected) => {
    expect(index.search(query)).toEqual(expected);
  });

  it('rejects bigrams found apart', () => {
    expect(index.search('学习方法')).toEqual([]);
    expect(index.search('习方')).toEqual(['apart']);
  });

  it('requires Latin and CJK terms', () => {
    expect(index.search('中文')).toEqual(['bert']);
    expect(index.search('BERT 中文')).toEqual(['bert']);
    expect(index.search('BERT中文')).toEqual(['bert']);
  });

  it('folds full-width letters', () => {
    expect(new Set(index.search('ＢＥＲＴ'))).toEqual(new Set(['bert', 'english']));
  });
});
