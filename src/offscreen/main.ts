import { onOwnMessage } from '../browser/api.ts';
import { isRequest } from '../messages.ts';

// Chrome only: the service worker has no clipboard, so the copy shortcut sends the text here.
// An offscreen document cannot be focused, so navigator.clipboard would refuse; the textarea
// and execCommand('copy') work with the clipboardWrite permission.
onOwnMessage((msg) => {
  if (!isRequest(msg) || msg.type !== 'offscreen-copy') return undefined;
  const area = document.getElementById('clipboard') as HTMLTextAreaElement;
  area.value = msg.text;
  area.select();
  const ok = document.execCommand('copy');
  area.value = '';
  return Promise.resolve(
    ok ? { ok: true } : { ok: false, detail: 'execCommand(copy) returned false' },
  );
});
