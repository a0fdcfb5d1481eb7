import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

// Which figures the card shows (step 9, src/core/figures/09-key.ts). Each row: the article's
// paragraphs (and headline), the figure as written, and whether it is key.
const FILLER = 'The rest of this sentence is only here to move the story along.';
const opening = (n: number) => Array.from({ length: n }, () => FILLER);

type Row = [name: string, paragraphs: string[], title: string, figure: string, key: boolean];

describe('key figures', () => {
  it.each<Row>([
    // The headline states it: key whatever else.
    [
      'stated by the headline',
      ['Alibaba Cloud is to invest 200 billion yuan ($28.2bn) in the next three years.'],
      'Alibaba Cloud to invest $28bn for three years',
      'three years',
      true,
    ],
    ['money in the lede', ['The firm will invest $5bn in new plants.'], '', '$5bn', true],
    ['a percentage in the lede', ['Profits jumped 76% in the quarter.'], '', '76%', true],
    // Small spelled-out counts are detail beside the story's amounts, except people (alone,
    // they are what the story counts: see blind9-rules.test.ts).
    [
      'a small spelled-out count',
      ['The sale is done in two steps.', 'It is worth $40 million.'],
      '',
      'two steps',
      false,
    ],
    ['a small count of people', ['Two people died in the fire.'], '', 'Two people', true],
    [
      "the lede's small count of what the headline is about",
      ['Bloggers are asked to support two imprisoned Iranian bloggers.'],
      'Global blogger action day called',
      'two imprisoned Iranian bloggers',
      true,
    ],
    [
      "a small count of the headline's subject past the lede",
      [...opening(4), 'Most people have two or three phones at home.', 'They cost $400 each.'],
      'Old mobile phones pile up',
      'two or three phones',
      false,
    ],
    ['a small count in digits', ['The outbreak sickened 11 people.'], '', '11 people', true],
    // A condition's figure says when a rule applies; after the comma the clause is the news.
    [
      "a figure inside a condition's clause",
      [
        'New EU rules raise compensation to $600.',
        'Passengers are paid if a flight is delayed for more than two hours.',
      ],
      '',
      'more than two hours',
      false,
    ],
    [
      'a figure after the condition closes',
      ['If they vote it down, there is a fee of $15 million.'],
      '',
      '$15 million',
      true,
    ],
    // A frequency is a habit, not the change the story reports.
    ['a frequency', ['Patients take the pill twice a day.'], '', 'twice', false],
    [
      'a multiple that is the change',
      ["The firm's revenue nearly tripled."],
      '',
      'nearly tripled',
      true,
    ],
    // Ages, when and where.
    ['an age', ['Children ate them every day until age 5.'], '', 'age 5', false],
    ['a duration that says when', ['Obama spoke 18 months ago at the UN.'], '', '18 months', false],
    [
      'a distance that says where',
      ['It fell more than 3,600 kilometers (2,200 miles) east of Moscow.'],
      '',
      'more than 3,600 kilometers (2,200 miles)',
      false,
    ],
    ['a distance that says how far', ['It broke up at 190 km up.'], '', '190 km', true],
    // A duration framing the story in the opening, and one told deep in the story.
    [
      'a duration in the lede',
      ['Providers must store metadata for two years.'],
      '',
      'two years',
      true,
    ],
    [
      'a duration past the opening',
      [...opening(13), 'After about two months of imaginary weather, the computer stopped.'],
      '',
      'about two months',
      false,
    ],
    // Comparisons: the old level of a change is not key; a contrast may be.
    ['the new level of a change', ['Sales rose 2% to $11.1bn from $10.9bn.'], '', '$11.1bn', true],
    ['the old level of a change', ['Sales rose 2% to $11.1bn from $10.9bn.'], '', '$10.9bn', false],
    [
      'an old level named by its noun',
      ['The rupee climbed to 43.305 per dollar, up from a close of 43.41.'],
      '',
      '43.41',
      false,
    ],
    // A threshold is a limit, not an amount.
    [
      'a threshold',
      ['Growth reached 9.1% as the economy kept growing above 9% for a year.'],
      '',
      '9%',
      false,
    ],
    [
      'beside a threshold',
      ['Growth reached 9.1% as the economy kept growing above 9% for a year.'],
      '',
      '9.1%',
      true,
    ],
    [
      'a contrast',
      ['About 3% of them got an allergy, compared to about 17% of the others.'],
      '',
      'about 17%',
      true,
    ],
    // The same change said twice.
    ['a restatement', ['Fuel costs rose by £106m or 47.3% in the year.'], '', '47.3%', false],
    ['what it restates', ['Fuel costs rose by £106m or 47.3% in the year.'], '', '£106m', true],
    // Weak beside strong: a detail deep in the story, when the lede has the news.
    [
      'a detail far below the lede',
      ['The console costs $500 at launch.', ...opening(20), 'The chip runs at 2.3Ghz.'],
      'New console',
      '2.3Ghz',
      false,
    ],
    // A competitor's figure, set beside the story's own.
    [
      "a rival's figure",
      ['Its $17m profit was dwarfed by the $204m announced by rival Google.'],
      '',
      '$204m',
      false,
    ],
    [
      'the subject’s figure beside a rival’s',
      ['Its $17m profit for the quarter was dwarfed by the $204m announced by rival Google.'],
      '',
      '$17m',
      true,
    ],
    [
      'a rival named before the figure',
      [
        'Profits rose to $5bn.',
        'It signed a deal with Japanese rival Nissan to supply 36,000 cars.',
      ],
      '',
      '36,000 cars',
      false,
    ],
    // The period a comparison runs over is background; a plan's span is news.
    [
      'a past period',
      ['Output rose 24%, and 21% more than the average of the past five years.'],
      '',
      'five years',
      false,
    ],
    [
      'the span of a plan',
      ['IBM is spending $100m over the next three years on Linux.'],
      '',
      'three years',
      true,
    ],
    // A sentence opening on a year before the lede's states the old level.
    [
      'the level of a year before the lede’s',
      [
        'Ethiopia produced 14.27 million tonnes of crops in 2004, 24% more than in 2003.',
        'In 2003, crop production totalled 11.49 million tonnes, the report said.',
      ],
      '',
      '11.49 million tonnes',
      false,
    ],
    [
      'an earlier year when the lede names none',
      ['IBM is spending $100m over the next three years.', 'In 2001 it put $300m into Linux.'],
      '',
      '$300m',
      true,
    ],
    // A share-price move past the opening is the market's reaction; in the opening it is news.
    [
      'a late share-price move',
      [
        'The court rejected the $280bn claim.',
        ...opening(5),
        'Shares of tobacco companies closed higher, with Altria rising 5%.',
      ],
      '',
      '5%',
      false,
    ],
    [
      'a share-price move in the opening',
      ['Allied Domecq shares rose 4% on takeover talk.'],
      '',
      '4%',
      true,
    ],
    // figures6: under a headline about the share price, a later move is the news.
    [
      'a late share-price move under a headline about the stock',
      [
        'The firm reported $2.53 a share.',
        ...opening(5),
        'The results look OK, but the stock was down 5% in recent trading.',
      ],
      'Home Depot Stock Falls After Earnings Report Disappoints',
      '5%',
      true,
    ],
    // figures6: the year's move is background, even in the opening.
    [
      'a share-price move year to date',
      [
        'The firm reported $2.53 a share.',
        'Its shares are up 39 percent year-to-date while the S&P 500 is up 24.5 percent.',
      ],
      '',
      '24.5 percent',
      false,
    ],
    // figures6: the story's sources are not its news; the same count of people is otherwise.
    [
      'a count of sources',
      [
        'The regulator is investigating the firm, according to two people familiar with the matter.',
      ],
      '',
      'two people',
      false,
    ],
    [
      'a count of people who died',
      ['Two people died in the fire on Sunday.'],
      '',
      'Two people',
      true,
    ],
    // figures6: a breakdown of an amount just stated is detail; the amount itself is key.
    [
      'a part of an amount',
      ['SoftBank will fund a $3 billion buyout, including $1 billion for the founder’s shares.'],
      '',
      '$1 billion',
      false,
    ],
    [
      'the amount a part is taken from',
      ['SoftBank will fund a $3 billion buyout, including $1 billion for the founder’s shares.'],
      '',
      '$3 billion',
      true,
    ],
    // figures6: a duration as a compound adjective is a detail of the thing named, unless the
    // headline states it.
    [
      'a compound duration',
      ['The firm cut 4,000 jobs.', 'Its chief will present the company’s five-year plan.'],
      '',
      'five-year',
      false,
    ],
    [
      'a compound duration stated by the headline',
      ["India's rupee has hit a five-year high after S&P raised its rating."],
      'Rupee hits five-year high',
      'five-year',
      true,
    ],
    // figures6: a small spelled-out count of people by their job.
    [
      'a small count of officers',
      ['Two federal prison officers were charged on Tuesday.'],
      '',
      'Two federal prison officers',
      true,
    ],
    [
      'a market share past the opening',
      ['Firefox gained users.', ...opening(5), 'Firefox now has a market share of about 5%.'],
      '',
      'about 5%',
      true,
    ],
    [
      'the same detail when nothing stronger is there',
      [...opening(20), 'The chip runs at 2.3Ghz.'],
      'New console',
      '2.3Ghz',
      true,
    ],
    // figures7: history, an aside's set size, an age written "55-year old".
    [
      'a figure of a past century',
      [
        'Two people died of plague this month.',
        'In the 14th century the Black Death killed up to 60 percent of the population.',
      ],
      '',
      'up to 60 percent',
      false,
    ],
    [
      'the same figure in this century',
      [
        'Two people died of plague this month.',
        'In the 21st century the plague killed up to 60 percent of the population.',
      ],
      '',
      'up to 60 percent',
      true,
    ],
    [
      "an aside's set size",
      ['Water was found on Europa, one of Jupiter’s 79 moons.', 'It holds 5,200 pounds of ice.'],
      '',
      '79 moons',
      false,
    ],
    [
      'a count after "one of" without the aside',
      ['The virus translates this into one of 15 languages.'],
      '',
      '15 languages',
      true,
    ],
    [
      'an age written without its second hyphen',
      ['A 55-year old man contracted plague after eating a rabbit.'],
      'Hunter diagnosed with plague',
      '55-year',
      true,
    ],
    // figures7: one side of a size given in two or more is a specification.
    [
      'a side of a size',
      ['The car has 277 miles of range.', 'It is just over 16 feet long and six feet wide.'],
      '',
      'six feet',
      false,
    ],
    [
      'a single height',
      ['The firm planted a tree 40 feet tall in the square.'],
      '',
      '40 feet',
      true,
    ],
    // figures7: options on offer and sizes written onto the thing are specifications; a later
    // item of a breakdown is a part.
    [
      'a count of options',
      [
        'The car has 277 miles of range.',
        'Audi will offer the car in thirteen different finishes.',
      ],
      '',
      'thirteen different finishes',
      false,
    ],
    [
      'a size written onto the thing',
      ['The car has 277 miles of range.', 'The S line has 20-inch wheels as standard.'],
      '',
      '20-inch',
      false,
    ],
    [
      'a later item of a breakdown',
      ['They lost 24-17.', 'At 4-7, including 2-6 in the AFC and 0-3 in AFC West, they are out.'],
      '',
      '0-3',
      false,
    ],
    // A person's age in apposition says who, not how much (figures8).
    [
      'an age set off by commas after a name',
      ['The US wants the UK to extradite Assange, 47, over his role in the leaks.'],
      '',
      '47',
      false,
    ],
    [
      'a count after a comma, with no comma after it',
      ['In the flooded north of Paris, 40 died overnight.'],
      '',
      '40',
      true,
    ],
    // figures11: the same with "now" in the apposition, or after "who was".
    [
      'an age with "now" in the apposition',
      ['After student Lauren Batchelder, now 19, questioned Trump, threats followed.'],
      '',
      '19',
      false,
    ],
    [
      'an age after "who was"',
      ['Roof, who was 21 at the time, was arrested the next day.'],
      '',
      '21',
      false,
    ],
    [
      'a count after "who"',
      ['The firefighter, who saved 21 people, was honoured on Monday.'],
      '',
      '21 people',
      true,
    ],
    // figures11: a fraction restated by its exact percentage is said once, by the percentage ...
    [
      'a fraction restated as its exact percentage',
      [
        'In comparison, fewer than three-quarters of Republicans, 74 percent, think Pence will win.',
      ],
      '',
      'fewer than three-quarters',
      false,
    ],
    // ... not a fraction beside another share.
    [
      'a fraction beside another share',
      ['Nearly half of the power was coal-fired, while the national average was 33 percent.'],
      '',
      'Nearly half',
      true,
    ],
    // A few people past the lede: news as the sentence's subject, cast elsewhere (figures8).
    [
      'a small count of people past the lede, not its subject',
      [...opening(4), 'Officers were called to a fight between two men on the train.'],
      '',
      'two men',
      false,
    ],
    [
      'a small count of people past the lede, opening its sentence',
      [...opening(4), 'Two people died in the fire.'],
      '',
      'Two people',
      true,
    ],
    // figures10: a small count in the sentence that tells the headline's news ...
    [
      "a small count beside all the headline's words",
      [
        'The rest of this sentence is only here to move the story along, he said.',
        'Glass threw for three touchdowns as Eastern Michigan beat Northern Illinois on Tuesday.',
      ],
      'Eastern Michigan routs Northern Illinois',
      'three touchdowns',
      true,
    ],
    // ... not beside only some of them.
    [
      "a small count beside some of the headline's words",
      [
        'The rest of this sentence is only here to move the story along, he said.',
        'Glass threw for three touchdowns as Eastern Michigan beat Akron on Tuesday.',
        'The school paid the coach $2 million.',
      ],
      'Eastern Michigan routs Northern Illinois',
      'three touchdowns',
      false,
    ],
    // figures10: a score past the opening is another game or the score along the way ...
    [
      'a score in the twelfth sentence',
      [
        'Wales beat Hungary 2-0 to earn the last spot in the tournament on Tuesday.',
        ...opening(10),
        'On Monday, Switzerland beat Gibraltar 6-0 to win their group.',
      ],
      '',
      '6-0',
      false,
    ],
    // ... the opening's score is the game's result.
    [
      "the opening's score",
      [
        'Wales beat Hungary 2-0 to earn the last spot in the tournament on Tuesday.',
        ...opening(10),
        'On Monday, Switzerland beat Gibraltar 6-0 to win their group.',
      ],
      '',
      '2-0',
      true,
    ],
    // figures10: a listicle's count of its own parts, even in the headline ...
    [
      "a headline's count of the article's questions",
      ['Seven big questions heading into the debate, to be carried on MSNBC:'],
      '7 key questions heading into the Democratic debate',
      'Seven big questions',
      false,
    ],
    // ... but the headline's count of what happened is key.
    [
      "a headline's count of companies",
      ['Seven big companies were fined for fixing prices, the regulator said.'],
      '7 companies fined for fixing prices',
      'Seven big companies',
      true,
    ],
    // A roundup's other games and a team's record are background to the story's game (figures8).
    [
      "a roundup's results line",
      [
        'Nelson scored in overtime to lift the Islanders over the Penguins 5-4 on Tuesday.',
        'Wild 4, Sabres 1: Zach Parise scored for Minnesota.',
      ],
      '',
      'Wild 4, Sabres 1',
      false,
    ],
    [
      "the lede's result, beside a roundup's line",
      [
        'Nelson scored in overtime to lift the Islanders over the Penguins 5-4 on Tuesday.',
        'Wild 4, Sabres 1: Zach Parise scored for Minnesota.',
      ],
      '',
      '5-4',
      true,
    ],
    // A prison term is an amount however late it comes (figures8).
    [
      'a prison term past the opening',
      [...opening(13), 'He now faces a maximum sentence of 175 years in prison.'],
      '',
      '175 years',
      true,
    ],
    [
      'a duration past the opening that is no term',
      [...opening(13), 'He has now lived in the embassy for seven years.'],
      '',
      'seven years',
      false,
    ],
    // A hyphened duration before a noun of elapsed time says how long it was (figures8).
    [
      'a gap told as a compound',
      ['After a three-year silence, there is news on the fourth film.'],
      '',
      'three-year',
      true,
    ],
    [
      'the length of a thing named',
      ['The studio agreed a three-year deal for the fourth film.'],
      '',
      'three-year',
      false,
    ],
    // The level a plan starts from is today's figure, not an old level (figures8).
    [
      'the level a plan starts from, today',
      ['The plan cuts module costs from around $0.23/W today to $0.10 by 2030.'],
      '',
      'around $0.23',
      true,
    ],
    [
      'the old level of a change',
      ['Module costs fell from around $0.23/W to $0.10 last year.'],
      '',
      'around $0.23',
      false,
    ],
    // A share's price past the opening is the market's reaction, like its move (figures8).
    [
      "a share's price past the opening",
      [
        'Alibaba will raise up to $12.9bn in its Hong Kong listing.',
        ...opening(5),
        'Alibaba shares closed in New York on Tuesday at $185.25.',
      ],
      '',
      '$185.25',
      false,
    ],
    [
      'a large amount in a sentence about shares past the opening',
      [
        'Alibaba will raise up to $12.9bn in its Hong Kong listing.',
        ...opening(5),
        'The sale of new shares will also bring in $3bn for its cloud arm.',
      ],
      '',
      '$3bn',
      true,
    ],
    [
      "a figure in a roundup's paragraph on another game",
      [
        'Nelson scored in overtime to lift the Islanders over the Penguins 5-4 on Tuesday.',
        'Wild 4, Sabres 1: Alex Stalock made 30 saves and Minnesota beat Buffalo.',
      ],
      '',
      '30 saves',
      false,
    ],
    [
      "the same figure in the story's own game",
      [
        'Nelson scored in overtime to lift the Islanders over the Penguins 5-4 on Tuesday.',
        'Alex Stalock made 30 saves and the Islanders beat Pittsburgh.',
      ],
      '',
      '30 saves',
      true,
    ],
    [
      "a team's record",
      ['Varlamov stopped 27 shots as New York improved to 14-0-1 in its last 15 games.'],
      '',
      '14-0',
      false,
    ],
    [
      'a pair of numbers with no third',
      ['Varlamov stopped 27 shots as New York improved to 14-0 in its last 15 games.'],
      '',
      '14-0',
      true,
    ],
  ])('%s', (_name, paragraphs, title, figure, key) => {
    const found = figuresOf(paragraphs, 'en', title).find((f) => f.text === figure);
    expect(found?.key).toBe(key);
  });

  it("raises the lede's figure above later ones that share more of the article's words", () => {
    const survey = [
      'Callers on average hang up after just 65 seconds of music.',
      FILLER,
      'Call centres resolve 50% of calls, the survey says.',
    ];
    const figures = figuresOf(survey, 'en', 'Call centre users lose patience');
    const lede = figures.findIndex((f) => f.text === 'just 65 seconds');
    const later = figures.findIndex((f) => f.text === '50%');
    expect(figures[lede]?.key).toBe(true);
    expect(lede).toBeLessThan(later);
  });

  it("raises the story's first amounts when it opens in words", () => {
    const report = [
      'Oil prices fell sharply on Tuesday while stocks rose for a seventh session.',
      ...opening(5),
      'U.S. crude fell 3.38% to $55.12 per barrel.',
      'Stocks across the globe gained 0.02% in a seventh straight session of stock gains.',
    ];
    const figures = figuresOf(report, 'en', 'Oil lower, stocks drift near highs');
    expect(figures.map((f) => f.text).slice(0, 2)).toEqual(['3.38%', '$55.12']);
  });

  it('keeps a figure past the lede in score order', () => {
    const figures = figuresOf([...opening(3), 'It took 65 seconds.', 'Sales rose 20% and 50%.']);
    expect(figures.map((f) => f.text).slice(0, 2)).toEqual(['20%', '50%']);
  });

  it('ranks a quoted figure below an equal one told by the article, still key', () => {
    const figures = figuresOf([
      ...opening(3),
      '“Going upstairs was a 30 minute climb,” he said. Repairs took 30 days.',
    ]);
    expect(figures.map((f) => [f.text, f.key])).toEqual([
      ['30 days', true],
      ['30 minute', true],
    ]);
  });

  it('puts the key figures first', () => {
    const figures = figuresOf(['The sale is done in two steps.', 'Two people died. It cost $5bn.']);
    expect(figures.map((f) => [f.text, f.key])).toEqual([
      ['$5bn', true],
      ['Two people', true],
      ['two steps', false],
    ]);
  });
});

// Cues that weigh a figure down without ruling it out (step 8, src/core/figures/08-rank.ts): the
// same figure scores less in the second sentence than in the first.
describe('figures weighed down', () => {
  it.each<[name: string, plain: string, weighed: string, figure: string]>([
    [
      'a possibility',
      'Legal action brought in as much as 3bn euros.',
      'Legal action could bring in as much as 3bn euros.',
      'as much as 3bn euros',
    ],
    [
      'a forecast',
      'Fuel costs were an extra £250m.',
      'Fuel costs were a predicted extra £250m.',
      '£250m',
    ],
    // figures7: what can happen, a possibility said after the figure, a probability.
    [
      'a general capacity',
      'Plague was fatal in up to 90 per cent of people.',
      'Plague can be fatal in up to 90 per cent of people.',
      'up to 90 per cent',
    ],
    [
      'a possibility after the figure',
      'More than 100 million people perished.',
      'More than 100 million people may have perished.',
      'More than 100 million people',
    ],
    [
      'a probability',
      'Patients have a 30-60 per cent share of beds.',
      'Patients have a 30-60 per cent chance of dying.',
      '30-60 per cent',
    ],
    [
      'a condition',
      'We sell laptops in quantities of one million or more.',
      'So if we sell laptops in quantities of one million or more.',
      'one million or more',
    ],
  ])('%s', (_name, plain, weighed, figure) => {
    const score = (text: string) => figuresOf(text).find((f) => f.text === figure)?.score ?? 0;
    expect(score(plain)).toBeGreaterThan(0);
    expect(score(weighed)).toBeLessThan(score(plain));
  });
  it('not when a comma closes the condition', () => {
    const score = (text: string) => figuresOf(text).find((f) => f.text === '$15m')?.score ?? 0;
    expect(score('If they vote no, there is a fee of $15m.')).toBe(
      score('As they vote no, there is a fee of $15m.'),
    );
  });
  it('not across a sentence end', () => {
    const score = (text: string) => figuresOf(text).find((f) => f.text === '$5bn')?.score ?? 0;
    expect(score('It could. The firm spent $5bn.')).toBe(score('It did. The firm spent $5bn.'));
  });
});
