/**
 * Estimates the learned lexicon from labelled records. Only the evaluation script imports this file,
 * so the extension bundles the resulting table and never this code.
 */

export interface LabelledTerms {
  /** Canonical class id of the primary category. */
  label: string;
  terms: Set<string>;
}

export interface LinearOptions {
  /** Minimum number of records that contain a term for it to become a feature. */
  minCount: number;
  /** Passes over the records. */
  epochs: number;
  /** Step size of the first pass; it shrinks linearly to a tenth by the last. */
  learningRate: number;
  /** Most positive terms kept per class, the strongest first. */
  maxTerms: number;
  /** Minimum weight of a kept term. */
  minWeight: number;
  /** Seed of the record order shuffle. */
  seed: number;
  /** L2 penalty on the term weights, applied as weight decay at every step. */
  l2: number;
}

/**
 * Fits a multinomial logistic regression on binary term features by stochastic gradient descent,
 * then keeps each class's strongest positive terms. Returns `term=weight|…` strings by class id.
 * Pruning to positive weights keeps the table small and every weight readable as evidence for a class.
 */
export function learnLinear(records: LabelledTerms[], options: LinearOptions): Record<string, string> {
  const counts = new Map<string, number>();
  for (const { terms } of records) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const features = [...counts.entries()].filter(([, count]) => count >= options.minCount).map(([term]) => term).sort();
  const featureIndex = new Map(features.map((term, index) => [term, index]));
  const labels = [...new Set(records.map((record) => record.label))].sort();
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const classCount = labels.length;

  const docs = records.map((record) => ({
    label: labelIndex.get(record.label) as number,
    features: Int32Array.from([...record.terms].map((term) => featureIndex.get(term) ?? -1).filter((index) => index >= 0)),
  }));
  // Weight decay touches every weight at every step. To keep steps sparse, the weights are stored
  // divided by a shared scale that shrinks instead, so a term weight is `scale * weights[i]`.
  const weights = new Float32Array(features.length * classCount);
  let scale = 1;
  const bias = new Float32Array(classCount);
  const logits = new Float64Array(classCount);
  const random = seededRandom(options.seed);
  const order = docs.map((_, index) => index);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate * (1 - (0.9 * epoch) / Math.max(1, options.epochs - 1));
    for (const docIndex of order) {
      const doc = docs[docIndex] as (typeof docs)[number];
      if (doc.features.length === 0) continue;
      const norm = 1 / Math.sqrt(doc.features.length);
      let max = -Infinity;
      for (let c = 0; c < classCount; c++) {
        let sum = 0;
        for (const feature of doc.features) sum += weights[feature * classCount + c] as number;
        sum = (bias[c] as number) + sum * scale * norm;
        logits[c] = sum;
        if (sum > max) max = sum;
      }
      let total = 0;
      for (let c = 0; c < classCount; c++) total += logits[c] = Math.exp((logits[c] as number) - max);
      scale *= 1 - rate * options.l2;
      if (scale < 1e-6) {
        for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) * scale;
        scale = 1;
      }
      for (let c = 0; c < classCount; c++) {
        const gradient = (logits[c] as number) / total - (c === doc.label ? 1 : 0);
        if (Math.abs(gradient) < 1e-4) continue;
        bias[c] = (bias[c] as number) - rate * gradient * 0.1;
        for (const feature of doc.features) {
          const at = feature * classCount + c;
          weights[at] = (weights[at] as number) - (rate * gradient * norm) / scale;
        }
      }
    }
  }

  const lexicon: Record<string, string> = {};
  labels.forEach((label, c) => {
    const strongest: [string, number][] = [];
    features.forEach((term, f) => {
      const weight = (weights[f * classCount + c] as number) * scale;
      if (weight >= options.minWeight) strongest.push([term, weight]);
    });
    strongest.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const entries = strongest.slice(0, options.maxTerms).map(([term, weight]) => `${term}=${weight.toFixed(2)}`);
    if (entries.length > 0) lexicon[label] = entries.join('|');
  });
  return lexicon;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as number, items[i] as number];
  }
}
