import { PLACE_ABBREVIATIONS, PLACES } from './data/places.ts';

/**
 * Whether a name is a place: a country, region, US state or large city ("North Dakota",
 * "Britain") or a country's abbreviation ("U.S."). A place says where, not who: "the only U.S.
 * company" is no company called U.S.
 */
export function isPlace(name: string): boolean {
  const k = name.toLowerCase().replace(/\.$/, '');
  return PLACES.has(k) || PLACE_ABBREVIATIONS.has(k);
}
