// Profile keys are 32-bit integers so PostgreSQL can index them as int[] with GIN:
// concepts are positive, words negative (a Vietnamese text's own words with bit 30 set, English
// words without); 0 is reserved for the profile count in the stats.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x7fffffff || 1;
}

export const conceptKey = (id: string): number => fnv1a(`c:${id}`);
const LOW = 0x3fffffff;
const NATIVE = 0x40000000;
export const wordKey = (word: string): number => -(fnv1a(`w:${word}`) & LOW || 1);
/** A Vietnamese listing's own words (syllables and syllable pairs), apart from their English reading. */
export const nativeKey = (word: string): number => -((fnv1a(`v:${word}`) & LOW) | NATIVE);
export const isConceptKey = (key: number): boolean => key > 0;
export const isNativeKey = (key: number): boolean => key < 0 && (-key & NATIVE) !== 0;
export const COUNT_KEY = 0;
