/**
 * Present-tense reporting verbs read only where they close the attribution right after a quote
 * (`“...,” Adv Roe shares.`, `“...,” he emails.`, `“...,” he reflects, ...`), never inside the
 * writer's narrative, where each is as often a noun or another verb ("shares fell", "emails
 * show", "which reflects"). Data only; closing-verb.ts reads them.
 */
export const CLOSING_VERBS: ReadonlySet<string> = new Set([
  'shares', // "“Education was not just a goal ...,” Adv Tšosane shares."
  'emails', // "“Basically, I was cruising around ...,” he emails."
  'reflects', // "“My grandmother was the shield against poverty,” he reflects, emphasizing ..."
  'summarizes', // "“Every effort made ...,” he aptly summarizes, embodying ..."
  'summarises',
]);
