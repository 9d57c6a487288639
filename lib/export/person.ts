/** A display name split into the parts that citation formats write separately. */
export interface PersonName {
  /** Given names or initials, or empty when the name could not be split safely. */
  given: string;
  /** Family name with its particles ("van den Berg"), or the whole name when it could not be split. */
  family: string;
  /** Generational suffix such as "Jr." or "III". */
  suffix?: string;
  /** Native-script form the page gave in parentheses, as in "Haoran Lin (林浩然)". */
  altName?: string;
}

/**
 * Particles that belong to the family name in any letter case ("de Vries", "Della Rocca", "van den Berg").
 * NOTE: a capitalised particle-like given name inside a name ("Nguyen Van Thanh") is taken as a particle.
 */
const PARTICLES = new Set([
  'van', 'von', 'de', 'da', 'das', 'del', 'della', 'der', 'den', 'des', 'di', 'dos', 'du', 'la', 'le', 'ter', 'ten', 'zu',
]);

/** Generational suffixes, including the Portuguese ones that follow a Brazilian family name ("Santos Júnior", "Silva Filho"). */
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv|j[uú]nior|filho|neto|sobrinho)$/iu;

/** A given-name word of one to four capitals, as Scholar writes initials ("PD", "KA", "J"). */
const RUN_OF_INITIALS = /^\p{Lu}{1,4}$/u;

/** dblp's homonym number, as in "Lina Sorensen 0002". */
const HOMONYM_NUMBER = /\s+\d{4}$/;

const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・·\s]+$/u;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HAS_KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_ONLY = /^\p{Script=Hangul}+$/u;

/**
 * Common one-character Chinese surnames, simplified and traditional. Characters that also start
 * frequent Japanese surnames (田, 高, 石, 金, 林 and others) are left out, so Japanese names
 * written in kanji without a space stay whole.
 */
const CHINESE_SURNAMES = new Set(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何罗羅郑鄭梁谢謝许許韩韓冯馮邓鄧曹彭曾萧蕭' +
    '肖董袁潘蒋蔣蔡杜叶葉程苏蘇魏吕呂丁沈姚卢盧钟鍾谭譚陆陸汪范贾賈韦韋邹鄒孟邱尹薛段雷侯龙龍' +
    '陶黎贺賀顾顧郝龚龔邵钱錢严嚴戴汤湯',
);
const CHINESE_COMPOUND_SURNAMES = [
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '司徒', '令狐', '皇甫', '慕容',
];
const KOREAN_COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공'];

/**
 * Splits a display name into given and family parts.
 *
 * Western names are read given-first, as Scholar ("KA Irshad"), dblp and arXiv write them, unless a
 * comma gives "Family, Given". Particles before the last word join the family name. Names written
 * only in CJK script are family-first; one without a space is split only by the surname lists above.
 */
export function splitName(displayName: string): PersonName {
  let text = displayName.replace(/\s+/g, ' ').trim().replace(HOMONYM_NUMBER, '');

  // Parenthesised notes are an affiliation, a nickname or the native-script form of the name.
  // They are removed, and the first one in CJK script is kept as altName.
  let altName: string | undefined;
  const withoutNotes = text
    .replace(/[(（]([^()（）]*)[)）]/g, (_note, inner: string) => {
      if (!altName && HAS_CJK.test(inner)) altName = inner.trim();
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();

  if (withoutNotes) {
    text = withoutNotes;
  } else if (altName) {
    // The whole name was in parentheses, so it is the name itself.
    text = altName;
    altName = undefined;
  }

  const name = CJK_ONLY.test(text) ? splitCjk(text) : splitWestern(text);
  return altName ? { ...name, altName } : name;
}

/**
 * Splits a display name like `splitName` and writes initials that Scholar runs together one by
 * one, so that BibTeX styles and CSL processors read "PD Warriss" as the initials "P. D." rather
 * than the given name "PD". A given-name word of one to four capitals counts as initials, also
 * beside a family name in capitals ("SM MENDES"), as Scholar lists many Brazilian co-authors.
 * Given names in other letter case and in scripts without case (CJK) are kept.
 * NOTE: a short given name written in capitals ("ANNA SMITH", or "YANG Li" with the family name
 * first) is read as initials and exported as "SMITH, A. N. N. A.".
 */
export function splitCitationName(displayName: string): PersonName {
  const name = splitName(displayName);
  if (!name.given) return name;

  const given = name.given
    .split(' ')
    .map((word) => (RUN_OF_INITIALS.test(word) ? Array.from(word, (letter) => `${letter}.`).join(' ') : word))
    .join(' ');
  return { ...name, given };
}

function splitWestern(text: string): PersonName {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);

  let suffix: string | undefined;
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && SUFFIX.test(last)) {
    suffix = last;
    parts.pop();
  } else if (parts.length === 3 && SUFFIX.test(parts[1] ?? '')) {
    // BibTeX order "Family, Jr., Given".
    suffix = parts.splice(1, 1)[0];
  }

  // "Family, Given" or "Family, Given, Suffix" after the suffix was taken off.
  if (parts.length >= 2) {
    const [family = '', ...given] = parts;
    return withSuffix({ given: given.join(' '), family }, suffix);
  }

  const tokens = (parts[0] ?? '').split(' ').filter(Boolean);
  const lastToken = tokens[tokens.length - 1];
  // After initials only ("C. D. D. S. Júnior"), "Júnior" is the family name itself.
  const afterInitials = isInitial(tokens[tokens.length - 2] ?? '');
  if (!suffix && tokens.length > 2 && lastToken && SUFFIX.test(lastToken) && !afterInitials) {
    suffix = lastToken;
    tokens.pop();
  }
  if (tokens.length <= 1) return withSuffix({ given: '', family: tokens[0] ?? '' }, suffix);

  // The last word is always family. Particles before it join it, but the first word stays given.
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has((tokens[start - 1] ?? '').toLowerCase())) start--;

  return withSuffix({ given: tokens.slice(0, start).join(' '), family: tokens.slice(start).join(' ') }, suffix);
}

/** Tells whether a name word is an initial or a run of initials ("C.", "J", "PD"). */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word) || RUN_OF_INITIALS.test(word);
}

/**
 * Writes a CJK name family name first: a Chinese surname from the lists above or a Korean name
 * together with the given name ("王雨桐", "欧阳娜娜", "김민준"), and other names, such as
 * Japanese ones, with a space ("佐藤 花子").
 */
export function joinCjkName(family: string, given: string): string {
  if (!given) return family;
  const together = CHINESE_SURNAMES.has(family) || CHINESE_COMPOUND_SURNAMES.includes(family) || HANGUL_ONLY.test(family + given);
  return together ? `${family}${given}` : `${family} ${given}`;
}

/** Tells whether a name is written only in CJK script. */
export function isCjkName(text: string): boolean {
  return CJK_ONLY.test(text);
}

function splitCjk(text: string): PersonName {
  const tokens = text.split(' ').filter(Boolean);
  if (tokens.length > 1) return { family: tokens[0] ?? '', given: tokens.slice(1).join(' ') };

  const chars = Array.from(text);
  const whole: PersonName = { given: '', family: text };
  if (HAS_KANA.test(text)) return whole;

  if (HANGUL_ONLY.test(text)) {
    const compound = KOREAN_COMPOUND_SURNAMES.some((surname) => text.startsWith(surname));
    return splitAt(chars, compound ? 2 : 1, compound ? [3, 4] : [2, 3]) ?? whole;
  }

  const compound = CHINESE_COMPOUND_SURNAMES.some((surname) => text.startsWith(surname));
  if (compound) return splitAt(chars, 2, [3, 4]) ?? whole;
  if (CHINESE_SURNAMES.has(chars[0] ?? '')) return splitAt(chars, 1, [2, 3]) ?? whole;
  return whole;
}

function splitAt(chars: string[], familyLength: number, allowedLengths: number[]): PersonName | null {
  if (!allowedLengths.includes(chars.length)) return null;
  return { family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join('') };
}

function withSuffix(name: PersonName, suffix: string | undefined): PersonName {
  return suffix ? { ...name, suffix } : name;
}
