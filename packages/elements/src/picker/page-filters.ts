/**
 * The `category` and `pillar` a page was opened with (`?category=…&pillar=…`), as the
 * assessment's results link to the picker. Only used when the element has no attribute of its own.
 */
export function pageFilters(search = location.search): { category: string; pillar: string } {
  const params = new URLSearchParams(search);
  return { category: params.get('category') ?? '', pillar: params.get('pillar') ?? '' };
}
