/**
 * The police's kinds of crime (the `SoortMisdrijf` dimension of tables 47022NED and 47018NED,
 * 83648NED), by code, with their Dutch name, and which starter risk (resources/starter) each
 * counts towards by default. The codes come with a trailing space in the files. The list is the
 * part a municipal profile uses; an unlisted well-formed code is still read and shown by its code.
 * The names follow the police classification as published on StatLine (to verify against the
 * metadata of the table year used).
 */

export interface CrimeKind {
  code: string;
  name: string;
  /** Key of the starter risk this kind counts towards, if any. */
  starter?: string;
}

const K = (code: string, name: string, starter?: string): CrimeKind => (starter ? { code, name, starter } : { code, name });

export const CRIME_KINDS: readonly CrimeKind[] = [
  K('0.0.0', 'Totaal misdrijven'),
  K('1.1.1', 'Diefstal/inbraak woning', 'woninginbraak'),
  K('1.1.2', 'Diefstal/inbraak box/garage/schuur', 'woninginbraak'),
  K('1.2.1', 'Diefstal uit/vanaf motorvoertuigen', 'autokraak'),
  K('1.2.2', 'Diefstal van motorvoertuigen', 'autokraak'),
  K('1.2.3', 'Diefstal van brom-, snor-, fietsen', 'fietsdiefstal'),
  K('1.2.4', 'Zakkenrollerij'),
  K('1.3.1', 'Ongevallen (weg)', 'verkeersveiligheid'),
  K('1.4.1', 'Zedenmisdrijf', 'zeden'),
  K('1.4.2', 'Moord, doodslag', 'geweld-straat'),
  K('1.4.3', 'Openlijk geweld (persoon)', 'geweld-straat'),
  K('1.4.4', 'Bedreiging', 'geweld-straat'),
  K('1.4.5', 'Mishandeling', 'geweld-straat'),
  K('1.4.6', 'Straatroof', 'straatroof'),
  K('1.4.7', 'Overval', 'overvallen'),
  K('1.6.1', 'Brand/ontploffing', 'woningbrand'),
  K('1.6.3', 'Mensenhandel', 'mensenhandel'),
  K('2.1.1', 'Drugs/drankoverlast', 'drank-drugsoverlast'),
  K('2.2.1', 'Vernieling cq. zaakbeschadiging', 'vernieling'),
  K('2.4.1', 'Burengerucht (relatieproblemen)', 'burenconflicten'),
  K('2.4.2', 'Huisvredebreuk'),
  K('2.5.1', 'Diefstal/inbraak bedrijven en instellingen', 'bedrijventerreinen'),
  K('2.5.2', 'Winkeldiefstal', 'winkeldiefstal'),
  K('3.1.1', 'Drugshandel', 'drugshandel'),
  K('3.1.3', 'Wapenhandel'),
  K('3.4.2', 'Onder invloed (weg)', 'rijden-onder-invloed'),
  K('3.6.4', 'Aantasting openbare orde', 'maatschappelijke-onrust'),
  K('3.7.1', 'Discriminatie', 'polarisatie'),
  K('3.7.4', 'Cybercrime', 'online-criminaliteit'),
  K('3.9.1', 'Horizontale fraude', 'online-criminaliteit'),
];

const BY_CODE = new Map(CRIME_KINDS.map((k) => [k.code, k]));

/** A crime kind code as the files write it ("1.1.1 "), trimmed; null when it is not one. */
export function readCrimeCode(raw: string): string | null {
  const code = raw.trim();
  return /^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(code) ? code : null;
}

/** The Dutch name of a crime kind, or its code. */
export function crimeKindName(code: string): string {
  return BY_CODE.get(code)?.name ?? code;
}

export function crimeKind(code: string): CrimeKind | undefined {
  return BY_CODE.get(code);
}
