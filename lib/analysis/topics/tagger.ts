import type { Topic } from '../../model';
import { matchPhrases } from './phrases';
import { EVERYDAY_WORDS } from './keywords';
import { shippedScorer, type LearnedScorer, type PaperTerms } from './learned';
import { tokenize } from './tokens';
import { blankNames, familyNameTokens } from './names';
import { blankForeignFalseFriends } from './foreign';
import { asWritten } from './written';
import { canonicalClass, CLASSES } from './taxonomy';
import { MIN_SHOWN_SCORE } from './confidence';
import { applyPrior, isCloseRace, priorReorders, type TopicMix } from './profile-prior';
import { collectCandidates, MIN_LEARNED_ALONE, putBestFieldFirst, softmaxOf, softmaxShare, sortByWeight, weightOf, type Candidate } from './candidates';

export { weightOf, type Candidate } from './candidates';

export interface TagInput {
  title: string;
  venue?: string | null | undefined;
  abstract?: string | undefined;
  /** arXiv categories shown on the page, primary first. */
  categories?: string[] | undefined;
  /** The paper's authors, whose family names in the title or abstract are no evidence of a topic. */
  authors?: readonly { name: string }[] | undefined;
}

const MAX_TOPICS = 3;
/** Summed weight a topic needs: one weight-1 phrase in the title, or two weaker ones. */
const MIN_WEIGHT = 1;
/** Topics below this share of the best topic's weight are dropped. */
const RELATIVE_CUTOFF = 0.1;
/** Candidates with less than this share of the softmax over all candidates are not tags. */
const MIN_SHARE = 0.005;
/**
 * Lowest score of a runner-up tag whose venue names its field, high enough to show and export it.
 * A paper in "Geophysical Research Letters" keeps Geophysics beside the Machine Learning of its title.
 */
const VENUE_RUNNER_UP_SCORE = 0.2;
/**
 * Venue weight that a runner-up needs for `VENUE_RUNNER_UP_SCORE`: a venue phrase of table weight 1.5
 * or more. Weaker rows are words many venues use ("analysis" in "Document Image Analysis").
 */
const MIN_RUNNER_UP_VENUE = 3;
/**
 * Phrase weight of one title phrase of table weight 3, a term of one field ("earthquake"). Such a
 * candidate is shown beside a best tag of another field, and goes ahead of a best tag on weak evidence.
 */
const STRONG_PHRASE_WEIGHT = 3;
/** Evidence found only in the abstract counts at this share of its weight. */
const ABSTRACT_FACTOR = 0.5;
/** Summed weight at which a lone candidate's score reaches 1 - 1/e, about 0.63. */
const SCORE_SCALE = 3;
/** Learned terms named as evidence per topic. */
const EVIDENCE_TERMS = 4;
/**
 * A learned term that points to this many classes or more is a word that many fields use
 * ("family" 13, "variety" 11, "research" 17), while technical terms point to a few ("galaxy" 3,
 * "graphene" 4, "qubit" 5).
 */
const SPREAD_CLASSES = 10;
/**
 * Highest score of a tag whose only evidence is weak: one such word, or learned words below
 * `MIN_LEARNED_ALONE`. It is below `MIN_BEST_WORD_SCORE` and below the 0.1 that a row needs to show
 * a further tag, so the tag keeps its rank but is not shown, charted or exported. Outside the fields
 * arXiv covers, such words still carry their arXiv sense ("variety" gave Algebraic Geometry to a wine study).
 */
const WEAK_EVIDENCE_SCORE = 0.05;
/** The empty list of learned terms, shared so that candidates without learned weight allocate none. */
const NO_TERMS: readonly string[] = [];

/** Inputs to tagging besides the paper itself. */
export interface TagContext {
  /** The topic mix of the profile the paper is listed under. */
  prior?: TopicMix | null | undefined;
  /** A learned lexicon other than the shipped one, for tuning. */
  scorer?: LearnedScorer | undefined;
}

/** A paper's evidence before tags are chosen, so that tags can be chosen again with a prior at little cost. */
export interface ScoredPaper {
  /** Tags from arXiv categories, which decide alone when present. */
  fromCategories: Topic[];
  /** Candidates ranked best first, the best class of the most likely field leading. */
  candidates: Candidate[];
  terms: PaperTerms;
  scorer: LearnedScorer;
  /** Learned terms behind each class, filled as tags are chosen. */
  evidence: Map<string, string[]>;
  /** Each word of the title and abstract that plural folding changed, with its spelling, for evidence. */
  written: Map<string, string>;
}

/**
 * Tags a paper with up to three topics, best first. arXiv categories shown on the page decide alone.
 * Otherwise the venue table, the hand-written phrase lexicon and the learned lexicon are summed, and
 * the profile's topic mix, when given, breaks close calls. Returns an empty list when nothing matches
 * strongly enough.
 */
export function tagPaper(input: TagInput, context: TagContext = {}): Topic[] {
  return chooseTags(scorePaper(input, context.scorer), context.prior);
}

/**
 * Collects a paper's evidence: the title and abstract are tokenized once for both lexicons. The
 * family names of the paper's authors, and `ownerNames` in its title, are no evidence.
 */
export function scorePaper(input: TagInput, scorer: LearnedScorer = shippedScorer(), ownerNames?: ReadonlySet<string>): ScoredPaper {
  const fromCategories = tagFromCategories(input.categories?.length ? input.categories : categoriesInVenue(input.venue));
  const written = new Map<string, string>();
  const titleTokens = tokenize(input.title, written);
  const abstractTokens = input.abstract ? tokenize(input.abstract, written) : [];
  blankForeignFalseFriends(input.title, titleTokens);
  const names = familyNameTokens(input.authors, input.abstract ? `${input.title}\n${input.abstract}` : input.title);
  blankNames(titleTokens, names);
  blankNames(abstractTokens, names);
  if (ownerNames) blankNames(titleTokens, ownerNames);
  const terms = scorer.termsOf(titleTokens, abstractTokens);
  const scored: ScoredPaper = { fromCategories, candidates: [], terms, scorer, evidence: new Map(), written };
  if (fromCategories.length > 0) return scored;

  const phrases = matchPhrases(input, ABSTRACT_FACTOR, { title: titleTokens, abstract: abstractTokens });
  // Classes the phrase table names keep their learned weight even when far behind the best class.
  const learned = scorer.score(terms, ABSTRACT_FACTOR, phrases);
  scored.candidates = collectCandidates(phrases, learned);
  sortByWeight(scored.candidates);
  if (scored.candidates.length > 0) putBestFieldFirst(scored.candidates);
  return scored;
}

/** Tells whether the profile's topic mix can change the tags that `chooseTags` gives without it. */
export function priorCanChange(scored: ScoredPaper, prior: TopicMix): boolean {
  return scored.fromCategories.length === 0 && priorReorders(scored.candidates, prior, weightOf);
}

/** Tells whether some topic mix can change the tags, which `priorCanChange` then decides for a given mix. */
export function mayNeedPrior(scored: ScoredPaper): boolean {
  return scored.fromCategories.length === 0 && isCloseRace(scored.candidates, weightOf);
}

/** Chooses up to three tags from a scored paper, with the profile's topic mix as a prior when given. */
export function chooseTags(scored: ScoredPaper, prior?: TopicMix | null): Topic[] {
  if (scored.fromCategories.length > 0) return scored.fromCategories.map((topic) => ({ ...topic }));
  if (scored.candidates.length === 0) return [];
  let candidates = scored.candidates;
  if (prior && priorReorders(candidates, prior, weightOf)) {
    // The prior changes candidates, so it works on copies and the scored paper can be chosen from again.
    candidates = candidates.map((candidate) => ({ ...candidate, phrases: [...candidate.phrases] }));
    applyPrior(candidates, prior, weightOf);
  }

  const weights: number[] = [];
  for (const candidate of candidates) weights.push(weightOf(candidate));
  const floor = Math.max(MIN_WEIGHT, RELATIVE_CUTOFF * (weights[0] as number));
  const softmax = softmaxOf(weights);
  const chosen: Candidate[] = [];
  const topics: Topic[] = [];
  for (let index = 0; index < candidates.length && chosen.length < MAX_TOPICS; index++) {
    const candidate = candidates[index] as Candidate;
    const weight = weights[index] as number;
    const share = softmaxShare(weight, softmax);
    const venueBacked = index > 0 && candidate.venue >= MIN_RUNNER_UP_VENUE;
    if (weight < floor || (share < MIN_SHARE && !venueBacked)) continue;
    chosen.push(candidate);
    const topic = toTopic(candidate, share, learnedEvidenceOf(scored, candidate), scored);
    if (venueBacked) topic.score = Math.max(topic.score, VENUE_RUNNER_UP_SCORE);
    topics.push(topic);
  }
  // An abstract's phrases add up from many sentences, so they name no further field.
  if (!scored.terms.abstract.length) addCrossFieldRunnerUp(scored, candidates, floor, chosen, topics);
  // A backed runner-up moves ahead of weaker runner-ups, whose lower scores would otherwise cap its own.
  for (let index = 2; index < topics.length; index++) {
    for (let at = index; at > 1 && (topics[at] as Topic).score > (topics[at - 1] as Topic).score; at--) {
      [topics[at - 1], topics[at]] = [topics[at] as Topic, topics[at - 1] as Topic];
      [chosen[at - 1], chosen[at]] = [chosen[at] as Candidate, chosen[at - 1] as Candidate];
    }
  }
  // The first tag is the best class of the most likely field, so on its own it may score a little below
  // the next tag. It then takes that tag's score, so that scores read best first.
  const first = topics[0];
  const second = topics[1];
  if (first && second && second.score > first.score) first.score = second.score;
  capWeakEvidenceScores(scored, chosen, topics);
  return topics;
}

/**
 * Shows the strongest candidate with `STRONG_PHRASE_WEIGHT` in a field no shown tag names, at
 * `VENUE_RUNNER_UP_SCORE`, in its own place or in that of a third tag too weak to show.
 */
function addCrossFieldRunnerUp(scored: ScoredPaper, candidates: Candidate[], floor: number, chosen: Candidate[], topics: Topic[]): void {
  if (topics.length === 0) return;
  const shownTags = chosen.filter((_, index) => index === 0 || (topics[index] as Topic).score >= MIN_SHOWN_SCORE);
  const extra = candidates.find(
    (candidate) =>
      candidate.lexicon >= STRONG_PHRASE_WEIGHT &&
      weightOf(candidate) >= floor &&
      !shownTags.some((taken) => taken.field === candidate.field),
  );
  if (!extra) return;
  const at = chosen.indexOf(extra);
  if (at > 0) {
    (topics[at] as Topic).score = VENUE_RUNNER_UP_SCORE;
    return;
  }
  const last = topics[MAX_TOPICS - 1];
  if (last && last.score >= MIN_SHOWN_SCORE) return;
  const topic = toTopic(extra, 0, learnedEvidenceOf(scored, extra), scored);
  topic.score = VENUE_RUNNER_UP_SCORE;
  const place = last ? MAX_TOPICS - 1 : topics.length;
  topics.splice(place, 1, topic);
  chosen.splice(place, 1, extra);
}

/**
 * Lowers to `WEAK_EVIDENCE_SCORE` the score of each tag that rests on weak learned evidence alone,
 * and keeps the scores in best-first order, so a weak best tag weakens the rest. When the best tag
 * is such a tag, a tag of at least its weight with a matched phrase or venue goes first: "group"
 * gave Group Theory to "Group-based discretionary access control".
 */
function capWeakEvidenceScores(scored: ScoredPaper, chosen: Candidate[], topics: Topic[]): void {
  let displaced: Candidate | null = null;
  const first = chosen[0] as Candidate;
  if (topics.length > 1 && (restsOnWeakEvidence(scored, first) || restsOnSpreadWords(scored, first))) {
    const top = weightOf(first);
    const backed = chosen.findIndex(
      (candidate) => hasHandEvidence(candidate) && (weightOf(candidate) >= top || candidate.lexicon + candidate.venue >= STRONG_PHRASE_WEIGHT),
    );
    if (backed > 0) {
      topics.unshift(...topics.splice(backed, 1));
      chosen.unshift(...chosen.splice(backed, 1));
      displaced = first;
    }
  }
  topics.forEach((topic, index) => {
    const candidate = chosen[index] as Candidate;
    const weak = candidate === displaced || restsOnWeakEvidence(scored, candidate) || (index > 0 && restsOnSpreadWords(scored, candidate));
    if (weak) topic.score = Math.min(topic.score, WEAK_EVIDENCE_SCORE);
    // Reading index -1 of an array looks up a property named "-1", which V8 does slowly.
    const previous = index > 0 ? topics[index - 1] : undefined;
    if (previous && topic.score > previous.score) topic.score = previous.score;
  });
}

/**
 * Tells whether a candidate rests on weak learned evidence alone, with or without the profile's mix:
 * one word used across many classes or in everyday senses, or words whose learned weights sum to
 * less than `MIN_LEARNED_ALONE`.
 */
function restsOnWeakEvidence(scored: ScoredPaper, candidate: Candidate): boolean {
  if (hasHandEvidence(candidate)) return false;
  if (candidate.learned > 0 && candidate.learned < MIN_LEARNED_ALONE) return true;
  const terms = learnedEvidenceOf(scored, candidate);
  const lone = terms.length === 1 ? (terms[0] as string) : null;
  return lone !== null && isSpreadWord(scored, lone);
}

/**
 * Tells whether a candidate rests on learned words alone, each used across many classes or in
 * everyday senses ("group" and "related" for Group Theory). A pair of words ("field theory") is
 * specific even when each of its words is not.
 */
function restsOnSpreadWords(scored: ScoredPaper, candidate: Candidate): boolean {
  if (hasHandEvidence(candidate)) return false;
  const terms = learnedEvidenceOf(scored, candidate);
  return terms.length > 0 && terms.every((term) => !term.includes(' ') && isSpreadWord(scored, term));
}

function isSpreadWord(scored: ScoredPaper, word: string): boolean {
  return EVERYDAY_WORDS.has(word) || scored.scorer.classCount(word) >= SPREAD_CLASSES;
}

/**
 * Tells whether a candidate has a matched phrase or venue. The profile's topic mix settles close
 * calls but is no such evidence: a candidate that the mix moved up lists it as its last phrase.
 */
function hasHandEvidence(candidate: Candidate): boolean {
  const matchedPhrases = candidate.phrases.length - (candidate.prior > 0 ? 1 : 0);
  return matchedPhrases > 0 || candidate.venue > 0;
}

/** Returns the learned terms behind a candidate's class, strongest first, looking them up once per paper. */
function learnedEvidenceOf(scored: ScoredPaper, candidate: Candidate): readonly string[] {
  const classId = candidate.classId;
  if (!classId || candidate.learned <= 0) return NO_TERMS;
  let terms = scored.evidence.get(classId);
  if (!terms) {
    terms = scored.scorer.evidence(classId, scored.terms);
    scored.evidence.set(classId, terms);
  }
  return terms;
}

/** An arXiv id with its primary category after it, as reference lists print a preprint: "arXiv:1905.01234 [q-bio.PE]". */
const ARXIV_ID_WITH_CATEGORY = /\barxiv:\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?\s*\[([a-z-]+(?:\.[A-Za-z-]+)?)\]/i;

/** Returns the arXiv category that a venue line prints after an arXiv id, or none. */
function categoriesInVenue(venue: string | null | undefined): string[] | undefined {
  const category = venue ? ARXIV_ID_WITH_CATEGORY.exec(venue)?.[1] : undefined;
  return category ? [category] : undefined;
}

/** Tags from arXiv categories, primary first, skipping ids the taxonomy does not list. */
function tagFromCategories(categories: string[] | undefined): Topic[] {
  if (!categories?.length) return [];
  const topics: Topic[] = [];
  for (const category of categories) {
    const classId = canonicalClass(category);
    if (!classId || topics.some((topic) => topic.class === classId)) continue;
    const [field, label] = CLASSES[classId] as readonly [string, string];
    // The primary category is certain; cross-lists are ranked below it.
    const score = topics.length === 0 ? 1 : 0.8;
    topics.push({ field, class: classId, label, score, tier: 'arxiv-category', evidence: [category] });
    if (topics.length === MAX_TOPICS) break;
  }
  return topics;
}

/** Names the source that gave the most weight, or the profile prior when it reordered the tags. */
function tierOf(candidate: Candidate): Topic['tier'] {
  if (candidate.prior > 0) return 'profile-prior';
  return candidate.venue > candidate.lexicon + candidate.learned ? 'venue' : 'lexicon';
}

/** Builds the tag from a candidate, its softmax share and the learned terms behind it, strongest first, as the paper writes them. */
function toTopic(candidate: Candidate, share: number, learnedEvidence: readonly string[], scored: ScoredPaper): Topic {
  const phrases = candidate.phrases;
  const evidence = phrases.slice();
  for (const term of learnedEvidence) {
    if (evidence.length === phrases.length + EVIDENCE_TERMS) break;
    // Most learned-only candidates have no phrases, and includes() on an empty list still costs a call.
    if (phrases.length === 0 || !phrases.includes(term)) evidence.push(asWritten(term, scored.written));
  }
  // The score is the candidate's softmax share, lowered when all the evidence together is weak.
  const strength = 1 - Math.exp(-weightOf(candidate) / SCORE_SCALE);
  const topic: Topic = {
    field: candidate.field,
    label: candidate.label,
    score: Math.round(share * strength * 100) / 100,
    tier: tierOf(candidate),
    evidence,
  };
  if (candidate.classId) topic.class = candidate.classId;
  return topic;
}
