import { describe, expect, it } from 'vitest';
import { tagPaper } from '../../../lib/analysis/topics/tagger';

describe('titles in Chinese, Japanese and Korean', () => {
  it.each([
    ['基于深度学习的图像分割方法研究', ['cs.LG', 'cs.CV']],
    ['深層学習を用いた画像認識', ['cs.LG', 'cs.CV']],
    ['딥러닝 기반 의료 영상 분석', ['cs.LG', 'cs.CV']],
    ['量子纠缠与量子通信', ['quant-ph']],
    ['大規模言語モデルによる機械翻訳', ['cs.CL']],
    ['社会网络中的信息传播', ['cs.SI']],
    ['區塊鏈智慧合約的安全分析', ['cs.CR']],
  ])('reads the classes of "%s"', (title, classes) => {
    expect(tagPaper({ title }).map((topic) => topic.class)).toEqual(classes);
  });

  it.each([
    ['中国经济增长与货币政策', 'Economics, Econometrics and Finance'],
    ['针灸治疗慢性疼痛的临床研究', 'Medicine'],
    ['唐代文学与历史', 'Arts and Humanities'],
    ['混凝土桥梁结构的抗震设计', 'Engineering'],
    ['고령 환자의 간호 중재 효과', 'Nursing'],
    ['唐代诗歌中的自然意象研究', 'Arts and Humanities'],
    ['日本における高齢者の認知症予防に関する研究', 'Medicine'],
  ])('reads the field of "%s"', (title, field) => {
    expect(tagPaper({ title })[0]?.field).toBe(field);
  });

  it('names the matched phrase as evidence', () => {
    const [topic] = tagPaper({ title: '量子纠缠与量子通信' });
    expect(topic?.evidence).toEqual(['量子纠缠', '量子通信']);
    expect(topic?.tier).toBe('lexicon');
  });

  it('reads a venue name in Chinese', () => {
    const [topic] = tagPaper({ title: '一种新的索引方法', venue: '计算机学报' });
    expect(topic?.field).toBe('Computer Science');
    expect(topic?.tier).toBe('venue');
  });

  it('reads quantization as no quantum physics', () => {
    const classes = tagPaper({ title: 'ニューラルネットワークの量子化' }).map((topic) => topic.class);
    expect(classes).toEqual(['cs.LG']);
  });

  it('keeps "in a cloud setting" a computing title', () => {
    const [topic] = tagPaper({ title: '云环境下的任务调度算法' });
    expect(topic?.field).toBe('Computer Science');
  });

  it('prefers the longest phrase at a position', () => {
    expect(tagPaper({ title: '一种高效的数据结构' }).map((topic) => topic.class)).toEqual(['cs.DS']);
    // "化学" alone is chemistry and "工程" engineering.
    expect(tagPaper({ title: '化学工程中的传质过程' }).map((topic) => topic.field)).toEqual(['Chemical Engineering']);
  });
});
