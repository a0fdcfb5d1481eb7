import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A card section whose heading is a button that folds it away. The heading stays a heading for
 * screen readers' heading navigation; the button inside says whether the section is open.
 */
export function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(true);
  return (
    <section class={`section section-${id}`} aria-labelledby={`h-${id}`}>
      <h2 id={`h-${id}`}>
        <button
          type="button"
          class="section-toggle"
          aria-expanded={open}
          aria-controls={`s-${id}`}
          onClick={() => setOpen(!open)}
        >
          <span class="chevron" aria-hidden="true" />
          {title}
          <span class="count"> ({count})</span>
        </button>
      </h2>
      <div id={`s-${id}`} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
