import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

// What each figure measures, as the card shows it beside the figure (step 6,
// src/core/figures/06-context.ts). Each row: the paragraph, the figure as written, its context.
type Row = [name: string, paragraph: string, figure: string, context: string];

const contextOf = (paragraph: string, figure: string): string | undefined =>
  figuresOf(paragraph).find((f) => f.text === figure)?.context;

describe('figure contexts', () => {
  it.each<Row>([
    [
      'stops before another figure',
      'Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn) into its cloud infrastructure during the next three years to help businesses.',
      '200 billion yuan ($28.2bn)',
      'Alibaba Cloud is to invest an additional … into its cloud infrastructure',
    ],
    [
      'never ends on a preposition or an article',
      'The company shrinks down our evil data to a mere 39 kilobytes.',
      '39 kilobytes',
      'down our evil data to a mere …',
    ],
    [
      'drops the speaker',
      'Microsoft says over 130 titles are in the works.',
      'over 130 titles',
      '… are in the works',
    ],
    [
      'drops the speaker after the figure',
      'The flaw went unfixed for 21 months, he said, after privately reporting the bug.',
      '21 months',
      'flaw went unfixed …',
    ],
    [
      'starts in the figure’s own clause',
      'The craft was operating normally before it stopped transmitting data 6 minutes after the launch.',
      '6 minutes',
      'it stopped transmitting data … after the launch',
    ],
    [
      'stops before a contrast',
      'Eating peanuts cut their chances of becoming allergic by more than 80% compared to kids who avoided peanuts.',
      'more than 80%',
      'cut their chances of becoming allergic …',
    ],
    [
      'stops before a coordinated verb right after the figure',
      'The desk computer weighed some 800 pounds and sounded like a passing plane.',
      'some 800 pounds',
      'desk computer weighed …',
    ],
    [
      'keeps a relative clause that says which (eight words after at most)',
      'About 3% of kids who ate peanut snacks got an allergy.',
      'About 3%',
      '… of kids who ate peanut snacks got',
    ],
    [
      'leaves out an aside between dashes',
      'The Bill would require providers to store metadata — the who, where and how of a call — for two years so agencies can access it.',
      'two years',
      'require providers to store metadata …',
    ],
    ['a counted noun says enough', 'Two people died.', 'Two people', '… died'],
    [
      'at most twelve words',
      'The chief executive of the large firm said on Monday that the group would now spend $5bn on new plants and machines in many countries across Europe and Asia.',
      '$5bn',
      'group would now spend … on new plants and machines',
    ],
  ])('%s', (_name, paragraph, figure, context) => {
    expect(contextOf(paragraph, figure)).toBe(context);
  });
});
