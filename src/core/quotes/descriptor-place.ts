import { isPlace } from './is-place.ts';
import type { Person } from './people.ts';

/**
 * Whether a person found for a descriptor is a place: "the agency", "the bank", "the spokesman"
 * stand for a body or a person, never for where things happen. In "an arcing band of storms ...
 * could extend as far south as Kansas City. ... The agency warns that “...”" the agency is not
 * Kansas City; in "Goldman Sachs estimates that ... under US influence ... “...,” the bank said"
 * not the US. A place is a country, state or city of data/places.ts, a country's abbreviation
 * ("US"), or a name the article writes as a place ("Kansas City, Mo."). A place speaks by name
 * only: "China said".
 */
export function descriptorPlace(p: Person): boolean {
  return isPlace(p.name) || (!p.human && !p.org);
}
