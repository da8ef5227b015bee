/**
 * Trigger words of the wording rules T1–T8 (shared/domain/bowtie-rules.md), Dutch and English.
 * Matched as whole words or phrases, case-insensitively, so "brand" does not fire on "brandweer".
 */

/** T1: a cause written as a failing measure. */
export const FAILING_MEASURE = ['gebrek aan', 'geen', 'onvoldoende', 'ontbreken van', 'ontbrekende', 'ontbreekt', 'falen van', 'falende', 'tekort aan', 'lack of', 'no', 'insufficient', 'inadequate', 'absence of', 'failure of', 'missing'];

/** T2: a measure written as an activity. */
export const ACTIVITY = ['training', 'trainingen', 'voorlichting', 'inspectie', 'inspecties', 'controleren', 'evalueren', 'evaluatie', 'overleg', 'bijeenkomst', 'inspection', 'inspect', 'evaluate', 'evaluation', 'meeting', 'briefing', 'awareness session'];

/** T3: words that are too generic as a measure on their own. */
export const GENERIC_MEASURE = ['bewustzijn', 'bewustwording', 'cultuur', 'beleid', 'communicatie', 'toezicht', 'awareness', 'culture', 'policy', 'communication', 'supervision', 'oversight'];

/** T4: generic human error as a cause. */
export const HUMAN_ERROR = ['menselijke fout', 'menselijke fouten', 'menselijk falen', 'menselijk handelen', 'human error', 'human failure'];

/** T5: a damage type instead of an event, as a consequence on its own. */
export const DAMAGE_TYPE = ['schade', 'imagoschade', 'reputatieschade', 'letsel', 'materiële schade', 'financiële schade', 'damage', 'injury', 'injuries', 'reputational damage', 'harm', 'loss'];

/** T6: a central event that is already a disaster, or too vague. */
export const VAGUE_EVENT = ['verlies van controle', 'controleverlies', 'loss of control'];
export const DISASTER = ['ramp', 'catastrofe', 'doden', 'dodelijke slachtoffers', 'disaster', 'catastrophe', 'fatalities'];

/** T7: a hazard written as an incident. */
export const INCIDENT = ['incident', 'incidenten', 'ongeval', 'ongevallen', 'ongeluk', 'brand', 'explosie', 'incidents', 'accident', 'accidents', 'fire', 'explosion'];

/** T8: words that give the reason of an escalation factor. */
export const REASON = ['door', 'doordat', 'omdat', 'als gevolg van', 'vanwege', 'waardoor', 'wegens', 'because', 'due to', 'as a result of', 'since', 'owing to'];

/** Filler words left out when judging whether a label consists of a generic word "alone". */
export const FILLER = ['de', 'het', 'een', 'en', 'van', 'the', 'a', 'an', 'and', 'of', 'meer', 'betere', 'beter', 'goede', 'goed', 'more', 'better', 'good'];
