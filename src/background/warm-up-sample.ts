/**
 * A made-up local news story (nothing in it is real) for the worker's warm-up: about 470 words
 * that go through every part of the analysis: money with a conversion, percentages and
 * percentage points, counts, measures, durations, fractions, ranges; quotes with a role, a
 * surname handed over to a later quote, a "she added", a statement from an organisation; and
 * the furniture the cleaning removes (a pointer, a photo credit, an author bio). The first line
 * is its headline.
 */
export const WARM_UP_SAMPLE: readonly string[] = [
  'Harbour City approves £1.2bn tram line as fares rise 4.5%',
  'Harbour City council has approved a £1.2bn ($1.5bn) light-rail line that will link the port to the airport by 2029, ending a decade of argument over how to ease congestion on the coast road.',
  "The 14km line, with 11 stops, is expected to carry about 40,000 passengers a day in its first year, according to the council's own forecasts. Construction will take four years and create more than 1,500 jobs, officials said on Tuesday.",
  `"This is the biggest investment in the city's transport for a generation," said Maria Okafor, the council's head of transport. "People have waited long enough for a reliable way to get to work."`,
  'Okafor said the council would borrow about two-thirds of the cost and cover the rest from a regional fund. She added that ticket prices would be capped at £2.50 for the first 12 months.',
  'Critics were not convinced. "The numbers simply do not add up," said Tom Brennan, who leads the opposition group on the council. "They assumed 40,000 riders, but the buses on that route carry fewer than 9,000 people a day."',
  "Mr Brennan told the Harbour Gazette that the line's running costs, estimated at £18m a year, would fall on local taxpayers. He said a cheaper bus lane scheme, costing between £200m and £250m, had been rejected without a proper study.",
  'The Department for Transport said in a statement that it had "no plans to review" the decision and that the project met its value-for-money test, with benefits of £2.40 for every £1 spent.',
  'Bus fares across the region will meanwhile rise by 4.5% from April, the second increase in a year, while rail season tickets go up by 3.1 percentage points more than inflation. Nearly one in five commuters now drives to work, up from 12% in 2015.',
  'Local businesses were broadly supportive. A survey of 320 firms by the chamber of commerce found that 68% expected the tram to bring more customers, and a third said they would hire extra staff.',
  '"Anything that gets people out of their cars is welcome," said Priya Shah, who runs a café near the planned terminus. "We lose half our lunchtime trade when the traffic is bad."',
  'Engineers warned that the route crosses a 300-metre stretch of reclaimed land where the water table sits less than 2m below the surface, which could add six months and roughly €40 million to the work.',
  'The council expects to sign contracts in the autumn. The first trams, each 32 metres long and able to carry up to 210 passengers at 70km/h, are due to arrive from the manufacturer in 2027.',
  'Read more: How other cities paid for their trams',
  'Photo: Harbour City Council',
  "Jane Doe is the Gazette's transport correspondent. Follow her on social media @janedoe.",
];
