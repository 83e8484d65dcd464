import { fold } from "@/lib/search/fold";

const WORD = /[\p{L}\p{N}]+(?:[-./][\p{L}\p{N}]+)*/gu;

/** Words of folded text: letters and digits, with inner hyphens, dots and slashes kept (CO2, 5G/6G, k-means). */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** Each word folded, with the word as written (fold keeps offsets, so the spans line up). */
export function wordSpans(text: string): { word: string; written: string }[] {
  return casedWordSpans(text).map((s) => ({ word: s.word, written: s.written.toLowerCase() }));
}

/** As wordSpans, the written form in its own case. */
export function casedWordSpans(text: string): { word: string; written: string }[] {
  return [...fold(text).matchAll(WORD)].map((m) => ({ word: m[0], written: text.slice(m.index, m.index + m[0].length) }));
}

// Function words carry no topic.
const EN_STOP = new Set(
  (
    "a an and are as at be by can for from has have in into is it its of on or our that the their this to we with will " +
    "which who our up per than more most using use used based new can also all any each such not no than over under via"
  ).split(" "),
);
/**
 * Vietnamese function words as written, with their marks: read this way where a text is written
 * with diacritics, so the content syllables that fold onto them stay ("khí" gas is not "khi"
 * when, "vi" micro is not "vì" because, "đo" measure is not "do", "trồng" is not "trong", "quả"
 * is not "qua", "tự" is not "từ", "tái" is not "tại"). Content syllables that stopword lists
 * often contain (cao, nhà, số, người) are deliberately absent.
 */
export const VI_STOP_WRITTEN = (
  "và của các cho được là với trong trên những nhưng một này đó do để khi mà thì theo từ tại về đến hay hoặc như bởi vào ra " +
  "chúng tôi ta cần muốn đang sẽ đã có thể nhiều cũng rất hơn mỗi mọi còn khác giúp nhằm " +
  "bằng qua sau trước giữa nếu nên vì hiện từng dùng làm gồm dưới tới ngày năm tháng"
).split(" ");
/** The same words folded, for text typed without diacritics (where "khi" may mean either). */
const VI_STOP = new Set(VI_STOP_WRITTEN.map(fold));

/** A function word of either language, folded (the BM25 baseline reads both languages alike). */
export function isStopword(word: string): boolean {
  return EN_STOP.has(word) || VI_STOP.has(word) || /^\d{1,2}$/.test(word);
}

/**
 * A function word of the given language only: folded, "bể" (tank) is English "be" and
 * "in" (to print) English "in", so a Vietnamese text is read with Vietnamese stopwords.
 */
export function isStopwordIn(word: string, language: "vi" | "en"): boolean {
  return (language === "vi" ? VI_STOP : EN_STOP).has(word) || /^\d{1,2}$/.test(word);
}

// Letters only Vietnamese uses; their share tells the language of a text with no label.
const VI_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const VI_WORDS = new Set("va cua cac cho duoc la voi trong nhung mot nay de khi theo tai ve cong nghe giai phap san xuat".split(" "));
const EN_WORDS = new Set("the and of for with to in is are from by that this which our technology process system".split(" "));

/** "vi" or "en" for a text whose language is not given. */
export function detectLanguage(text: string): "vi" | "en" {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vi = text.match(VI_LETTERS)?.length ?? 0;
  if (letters > 0 && vi / letters > 0.04) return "vi";
  let viWords = 0;
  let enWords = 0;
  for (const w of words(text)) {
    if (VI_WORDS.has(w)) viWords++;
    if (EN_WORDS.has(w)) enWords++;
  }
  return viWords > enWords ? "vi" : "en";
}
