// Profile keys are 32-bit integers so PostgreSQL can index them as int[] with GIN: words are
// negative, concepts positive below 2^30, and a concept named in a listing's title is that
// concept's key with bit 30 set. 0 is reserved for the profile count in the stats.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const TITLE_BIT = 0x40000000;

export const conceptKey = (id: string): number => fnv1a(`c:${id}`) % (TITLE_BIT - 1) + 1;
export const wordKey = (word: string): number => -((fnv1a(`w:${word}`) & 0x7fffffff) || 1);
export const titleKey = (id: string): number => conceptKey(id) | TITLE_BIT;
export const isConceptKey = (key: number): boolean => key > 0 && key < TITLE_BIT;
export const isTitleKey = (key: number): boolean => key >= TITLE_BIT;
/** The concept a title key stands for: its idf is that concept's. */
export const conceptOfTitleKey = (key: number): number => key & ~TITLE_BIT;
/**
 * Keys the GIN index and the key statistics hold. Title keys live only in the stored vector:
 * every title concept is also a concept of the listing, so candidates are found by that.
 */
export const isIndexedKey = (key: number): boolean => !isTitleKey(key);
export const COUNT_KEY = 0;
