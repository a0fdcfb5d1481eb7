import { onOwnMessage } from '../browser/api.ts';
import { isRequest } from '../messages.ts';

// Chrome only: the service worker has no clipboard, so the copy shortcut sends the text here.
// An offscreen document cannot be focused, so navigator.clipboard would refuse; execCommand
// ('copy') works with the clipboardWrite permission. The copy event handler sets both the
// plain text and, for rich text, the HTML; the selected textarea is the fallback for text.
onOwnMessage((msg) => {
  if (!isRequest(msg) || msg.type !== 'offscreen-copy') return undefined;
  const { text, html } = msg;
  const area = document.getElementById('clipboard') as HTMLTextAreaElement;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
    if (html) e.clipboardData.setData('text/html', html);
  };
  document.addEventListener('copy', onCopy);
  area.value = text;
  area.select();
  const ok = document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  area.value = '';
  return Promise.resolve(
    ok ? { ok: true } : { ok: false, detail: 'execCommand(copy) returned false' },
  );
});
