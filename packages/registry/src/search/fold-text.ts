/**
 * Text folded for search: lower case, Vietnamese diacritics removed (`Kế toán` → `ke toan`,
 * `đ` → `d`), and every run of punctuation or spaces turned into one space.
 *
 * @example foldText('Hóa đơn ĐIỆN TỬ!') // 'hoa don dien tu'
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/đ/g, 'd') // đ has no decomposition, so NFD alone would keep it
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
