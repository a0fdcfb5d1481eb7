// @vitest-environment jsdom

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/browser/settings.ts';
import { OptionsPage } from '../../../src/options/OptionsPage.tsx';
import { click, mount } from './render.ts';

describe('the options page', () => {
  it('saves each change at once and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    const root = mount(<OptionsPage initial={DEFAULT_SETTINGS} onSave={onSave} />);
    await click(root.querySelector('#show-figures'));
    expect(onSave).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      sections: { ...DEFAULT_SETTINGS.sections, figures: { show: false, length: 'medium' } },
    });
    expect(root.querySelector('.live')?.textContent).toBe('Saved.');
    await click(root.querySelector('#format-html'));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ copyFormat: 'html' }));
    const select = root.querySelector('#length-quotes') as HTMLSelectElement;
    await act(async () => {
      select.value = 'long';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 60));
    });
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({
        sections: expect.objectContaining({ quotes: { show: true, length: 'long' } }),
      }),
    );
  });

  it('every control has a label', () => {
    const root = mount(<OptionsPage initial={DEFAULT_SETTINGS} onSave={vi.fn()} />);
    for (const el of Array.from(root.querySelectorAll('input, select'))) {
      expect(root.querySelector(`label[for="${el.id}"]`)?.textContent, el.id).toBeTruthy();
    }
  });

  it('says when storage refused', async () => {
    const root = mount(
      <OptionsPage
        initial={DEFAULT_SETTINGS}
        onSave={async () => {
          throw new Error('QUOTA_BYTES quota exceeded');
        }}
      />,
    );
    await click(root.querySelector('#show-quotes'));
    expect(root.querySelector('.live')?.textContent).toBe(
      "Couldn't save: QUOTA_BYTES quota exceeded",
    );
  });
});
