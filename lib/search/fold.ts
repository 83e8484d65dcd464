/**
 * Folds Vietnamese text for matching: lower case, no diacritics, đ → d. Each UTF-16 unit of
 * the input maps to exactly one unit of the output, so offsets found in the folded text
 * point at the same characters in the original (used to highlight matches).
 */
export function foldChar(ch: string): string {
  if (ch === "đ" || ch === "Đ") return "d";
  const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : ch.toLowerCase().slice(0, 1) || ch;
}

export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}
