import type { ClipboardContent } from '../browser/card-content.ts';

/**
 * Write from the popup, inside the user's click: plain text with writeText; rich text as a
 * ClipboardItem with both text/html and text/plain, so a plain-text field still gets words.
 */
export async function writeClipboard(content: ClipboardContent): Promise<void> {
  if (content.html && typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
        'text/html': new Blob([content.html], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(content.text);
}
