import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

/** Render a component into a fresh container of the jsdom document; returns the container. */
export function mount(node: ComponentChild): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(node, root);
  });
  return root;
}

/** Click, then let promises and the announcer's short timer settle. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 60));
  });
}

export const texts = (root: ParentNode, selector: string): string[] =>
  Array.from(root.querySelectorAll(selector)).map((e) => e.textContent ?? '');
