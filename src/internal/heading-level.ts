/**
 * A heading level the page asked for, kept to 2–6: level 1 is the page's own title, and ARIA has
 * no level beyond 6. Titles inside the views are `role="heading"` with this `aria-level`, so a
 * page can fit them into its outline (`heading-level` on the element).
 */
export function headingLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(2, level)) : 2;
}
