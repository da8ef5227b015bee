/**
 * One vocabulary per language: every word of the method's closed sets (status, effectiveness,
 * domain, chain link, …) has one home, `vocab.<set>.<value>` in src/shared/i18n/{nl,en}/vocab.ts;
 * the diagrams, the app and the reports read it from there, and the English words are English.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/shared/i18n/en.ts';
import { nl } from '../../../src/shared/i18n/nl.ts';
import { isMessageKey, t } from '../../../src/shared/i18n/t.ts';
import { app } from '../../../src/shared/i18n/nl/app.ts';
import { editor } from '../../../src/shared/i18n/nl/editor.ts';
import { keepWork } from '../../../src/shared/i18n/nl/keepWork.ts';
import { links } from '../../../src/shared/i18n/nl/links.ts';
import { live } from '../../../src/shared/i18n/nl/live.ts';
import { register } from '../../../src/shared/i18n/nl/register.ts';
import { reports } from '../../../src/shared/i18n/nl/reports.ts';
import { rules } from '../../../src/shared/i18n/nl/rules.ts';
import { starting } from '../../../src/shared/i18n/nl/starting.ts';
import { effectivenessLabel, kindLabel, statusLabel } from '../../../src/shared/diagram/labels.ts';
import { reportText } from '../../../src/shared/report/text/index.ts';
import * as V from '../../../src/shared/model/vocab.ts';

const SETS: Record<string, readonly string[]> = {
  measureStatus: V.MEASURE_STATUS,
  effectiveness: V.EFFECTIVENESS,
  domain: V.DOMAINS,
  chainLink: V.CHAIN_LINKS,
  measureType: V.MEASURE_TYPES,
  riskStatus: V.RISK_STATUS,
  priorityAdvice: V.PRIORITY_ADVICE,
  confidentiality: V.CONFIDENTIALITY,
  areaKind: V.AREA_KINDS,
  partnerKind: V.PARTNER_KINDS,
  partnerRole: V.PARTNER_ROLES,
  projectStatus: V.PROJECT_STATUS,
  impactCategory: V.IMPACT_CATEGORIES,
  element: ['hazard', 'event', 'cause', 'consequence', 'measure', 'escalation', 'escalationMeasure', 'risk', 'partner', 'area'],
  side: ['left', 'right', 'escalation', 'both'],
  track: ['prevention', 'care', 'repression'],
};
const keys = Object.entries(SETS).flatMap(([set, values]) => values.map((v) => `vocab.${set}.${v}`));

/** Words spelt alike in both languages. */
const SAME_IN_BOTH = new Set(['partner']);

describe('the vocabulary', () => {
  it('has every value of every closed set, in Dutch and in English', () => {
    for (const key of keys) {
      expect(isMessageKey(key), key).toBe(true);
      expect((en as Record<string, string>)[key], key).toBeTruthy();
    }
  });

  it('has nothing else under vocab.*', () => {
    expect(Object.keys(nl).filter((k) => k.startsWith('vocab.')).sort()).toEqual([...keys].sort());
  });

  it('has English words in English: no Dutch vocabulary word is left in the English catalogue', () => {
    const dutch = new Set(keys.map((k) => (nl as Record<string, string>)[k]!.toLowerCase()));
    for (const key of keys) {
      const word = (en as Record<string, string>)[key]!.toLowerCase();
      if (!SAME_IN_BOTH.has(word)) expect(dutch.has(word), `${key}: ${word}`).toBe(false);
    }
  });

  it('lives in one file per language: no other catalogue file defines a vocabulary word', () => {
    const others = { ...app, ...editor, ...keepWork, ...links, ...live, ...register, ...reports, ...rules, ...starting };
    expect(Object.keys(others).filter((k) => k.startsWith('vocab.'))).toEqual([]);
  });
});

describe('every reader takes its words from the vocabulary', () => {
  it('the diagrams', () => {
    for (const lang of V.LANGUAGES) {
      expect(effectivenessLabel(lang, 'moderate')).toBe(t(lang, 'vocab.effectiveness.moderate'));
      expect(statusLabel(lang, 'planned')).toBe(t(lang, 'vocab.measureStatus.planned'));
      expect(kindLabel(lang, 'escalation')).toBe(t(lang, 'vocab.element.escalation'));
    }
    expect(effectivenessLabel('en', 'moderate')).toBe('Moderate');
  });

  it('the reports, in lower case where the word stands in running text', () => {
    const setOf = { status: 'measureStatus', effectiveness: 'effectiveness', domain: 'domain', chainLink: 'chainLink', riskStatus: 'riskStatus', advice: 'priorityAdvice', confidentiality: 'confidentiality', areaKind: 'areaKind', partnerKind: 'partnerKind', partnerRole: 'partnerRole', side: 'side', track: 'track' } as const;
    for (const lang of V.LANGUAGES) {
      const vocab = reportText(lang).vocab as Record<string, Record<string, string>>;
      expect(Object.keys(vocab).sort()).toEqual(Object.keys(setOf).sort());
      for (const [name, set] of Object.entries(setOf)) {
        expect(Object.keys(vocab[name]!).sort(), name).toEqual([...SETS[set]!].sort());
        for (const [value, word] of Object.entries(vocab[name]!)) expect(word.toLowerCase(), `${lang} ${name}.${value}`).toBe(t(lang, `vocab.${set}.${value}` as never).toLowerCase());
      }
    }
    expect(reportText('en').vocab.chainLink.prevention).toBe('prevention');
    expect(reportText('nl').vocab.advice.priority).toBe('Prioriteit');
  });
});
