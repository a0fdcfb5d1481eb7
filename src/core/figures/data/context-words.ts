/**
 * Words a context phrase should not start or end with: a phrase cut out of a clause reads badly
 * as "and the ... to the". Lower case, letters only. (Not German "die": "About 23,000 die.")
 */
export const CONTEXT_EDGE_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so of to in on at by for with from into as that which who than then ' +
    'while when where because although though if its their his her our also just only ' +
    'et ou de la le les des du en à und oder der das y o el los las e ou da do'
  ).split(' '),
);
