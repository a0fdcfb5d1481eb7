// Inline styles that hide an element: "display: none", "visibility:hidden".
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Whether the page hides this element from readers without needing layout: the `hidden`
 * attribute, `aria-hidden="true"`, or an inline style. Stylesheets are not consulted (Node has no
 * layout), so `<span class="tooltip">` hidden by CSS is left to the class-name rules.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}
