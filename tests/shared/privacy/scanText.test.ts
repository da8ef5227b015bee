import { describe, expect, it } from 'vitest';
import { isBsn, isIban } from '../../../src/shared/privacy/checksums.ts';
import { scanText } from '../../../src/shared/privacy/scanText.ts';

const kinds = (text: string) => scanText(text).map((m) => `${m.kind}:${m.text}`);

describe('check digits', () => {
  it('accepts a BSN that passes the 11-test and rejects one that does not', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
  });

  it('checks an IBAN with mod-97', () => {
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('NL91ABNA0417164301')).toBe(false);
    expect(isIban('GB82WEST12345698765432')).toBe(true);
  });
});

describe('scanText finds personal data', () => {
  it('finds a BSN only when it passes the 11-test', () => {
    expect(kinds('Betrokkene met BSN 111222333 is bekend.')).toEqual(['bsn:111222333']);
    expect(kinds('BSN 1112.22.333 genoteerd')).toEqual(['bsn:1112.22.333']);
    expect(kinds('Er waren 123456789 bezoekers')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(kinds('Mail naar j.jansen@example.nl voor info')).toEqual(['email:j.jansen@example.nl']);
  });

  it('finds Dutch phone numbers in their usual forms', () => {
    expect(kinds('bel 06-12345678')).toEqual(['phone:06-12345678']);
    expect(kinds('bel 06 1234 5678')).toEqual(['phone:06 1234 5678']);
    expect(kinds('bel +31 6 12345678')).toEqual(['phone:+31 6 12345678']);
    expect(kinds('bel +31 (0)20 1234567')).toEqual(['phone:+31 (0)20 1234567']);
    expect(kinds('bel 010-1234567')).toEqual(['phone:010-1234567']);
    expect(scanText('bel 06-12345678')[0]!.confidence).toBe('high');
    expect(scanText('bel 010-1234567')[0]!.confidence).toBe('medium');
  });

  it('does not take short service numbers or counts for phone numbers', () => {
    expect(kinds('Politie 0900-8844, 112 bij spoed')).toEqual([]);
    expect(kinds('In 2024 waren er 1200 meldingen en 35 aanhoudingen.')).toEqual([]);
  });

  it('finds postcode + house number and street + house number', () => {
    expect(kinds('Woont op 1234 AB 12')).toEqual(['address:1234 AB 12']);
    expect(kinds('overlast bij Kerkstraat 12a in de kern')).toEqual(['address:Kerkstraat 12a']);
    expect(kinds('postcodegebied 1234 AB')).toEqual(['postcode:1234 AB']);
  });

  it('finds a valid IBAN and ignores one with a wrong check', () => {
    expect(kinds('rekening NL91 ABNA 0417 1643 00 van betrokkene')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
    expect(kinds('code NL91ABNA0417164301')).toEqual([]);
  });

  it('finds licence plates by sidecode but not theme codes', () => {
    expect(kinds('auto met kenteken AB-123-C gezien')).toEqual(['licencePlate:AB-123-C']);
    expect(kinds('kenteken 12-ABC-3')).toEqual(['licencePlate:12-ABC-3']);
    expect(kinds('thema VWL-1.1 en JV-3.3')).toEqual([]);
  });

  it('finds dates of birth but not ordinary dates', () => {
    expect(kinds('jongere (geb. 12-03-2008) uit de wijk')).toEqual(['birthDate:geb. 12-03-2008']);
    expect(kinds('geboren op 3 mei 2007')).toEqual(['birthDate:geboren op 3 mei 2007']);
    expect(kinds('werksessie op 12-03-2026')).toEqual([]);
  });

  it('finds case and registration numbers', () => {
    expect(kinds('zie zaaknummer 2023-004512')).toEqual(['caseNumber:zaaknummer 2023-004512']);
    expect(kinds('mutatie PL0100-2023123456')).toEqual(['caseNumber:PL0100-2023123456']);
    expect(kinds('parketnummer 03/123456-19')).toEqual(['caseNumber:parketnummer 03/123456-19']);
    expect(kinds('buurt BU03630000 en wijk WK036300')).toEqual([]);
  });

  it('hints at capitalised names with low confidence, skipping known words and sentence starts', () => {
    const found = scanText('Gesprek met Piet de Boer over de overlast. Bij Veilig Thuis bekend.');
    expect(found.map((m) => [m.kind, m.text, m.confidence])).toEqual([['name', 'Piet de Boer', 'low']]);
    expect(kinds('Volgens J. de Vries is het rustig.')).toContain('name:J. de Vries');
    const vocab = { vocabulary: new Set(['oude', 'haven']) };
    expect(scanText('overlast in Oude Haven', vocab)).toEqual([]);
  });

  it('reports each character once, by the most certain detector', () => {
    const found = scanText('bel 0612345678 of mail a@b.nl');
    expect(found.map((m) => m.kind)).toEqual(['phone', 'email']);
  });

  it('finds nothing in an ordinary policy text', () => {
    const text =
      'Jongeren hangen rond bij het winkelcentrum in de avonduren. Het jongerenwerk en de wijkagent voeren gesprekken. ' +
      'In 2025 kwamen er 48 meldingen binnen; de trend is stijgend. Doel: 20% minder overlast in 2030 (nulmeting 2025).';
    expect(scanText(text)).toEqual([]);
  });
});

describe('scanText in every common notation', () => {
  it('finds postcodes, plates, IBANs and BSNs in lower case, with spaces or dashes', () => {
    expect(kinds('woont op 1234 ab 12')).toEqual(['address:1234 ab 12']);
    expect(kinds('woont op 1234-AB 12')).toEqual(['address:1234-AB 12']);
    expect(kinds('postcode 1234 ab')).toEqual(['postcode:postcode 1234 ab']);
    expect(kinds('auto ab-123-c gezien')).toEqual(['licencePlate:ab-123-c']);
    expect(kinds('auto AB 123 C gezien')).toEqual(['licencePlate:AB 123 C']);
    expect(kinds('auto AB123C gezien')).toEqual(['licencePlate:AB123C']);
    expect(kinds('rekening nl91 abna 0417 1643 00')).toEqual(['iban:nl91 abna 0417 1643 00']);
    expect(kinds('rekening NL91ABNA0417164300')).toEqual(['iban:NL91ABNA0417164300']);
    expect(kinds('BSN 1112-22-333')).toEqual(['bsn:1112-22-333']);
    expect(kinds('Zaaknummer: 2023-004512')).toEqual(['caseNumber:Zaaknummer: 2023-004512']);
    expect(kinds('K.v.K. 1234 5678')).toEqual(['chamberOfCommerce:K.v.K. 1234 5678']);
  });

  it('does not take years, counts or area codes for postcodes or plates', () => {
    expect(kinds('tussen 2023 en 2024 is 12 keer gemeld')).toEqual([]);
    expect(kinds('gemeente GM0363, wijk WK036300, buurt BU03630000')).toEqual([]);
    expect(kinds('thema VWL-1.1, risico R01')).toEqual([]);
  });

  it('warns on a form of address with a surname, more strongly than on two capitalised words', () => {
    const found = scanText('Gesprek met de heer Jansen en mevrouw De Vries; dhr. A. Bakker belde.');
    expect(found.map((m) => [m.kind, m.text, m.confidence])).toEqual([
      ['name', 'de heer Jansen', 'medium'],
      ['name', 'mevrouw De Vries', 'medium'],
      ['name', 'dhr. A. Bakker', 'medium'],
    ]);
    expect(kinds('overleg met mevrouw de burgemeester')).toEqual([]);
  });

  it('takes a date right after a name for a date of birth, but not a recent event date', () => {
    expect(kinds('Piet de Boer (12-03-1985) is bekend')).toEqual(['birthDate:Piet de Boer (12-03-1985)']);
    expect(kinds('jongere J. Jansen, 3 mei 2007, uit de wijk')).toEqual(['birthDate:J. Jansen, 3 mei 2007']);
    expect(scanText('Piet de Boer (12-03-1985)')[0]!.confidence).toBe('high');
    expect(kinds('Koningsdag 27-04-2024 in het centrum')).toEqual([]);
    expect(kinds('Wijkschouw Kerkelanden 12-03-2025')).toEqual(['name:Wijkschouw Kerkelanden']);
  });

  it('warns on small counts at buurt level, not on larger counts or at gemeente level', () => {
    expect(kinds('In de buurt De Horst waren 3 woninginbraken in 2025.')).toEqual(['smallCount:3 woninginbraken']);
    expect(kinds('In buurt BU03630000: twee gezinnen met zorgen.')).toEqual(['smallCount:twee gezinnen']);
    expect(kinds('In de buurt De Horst waren 48 woninginbraken.')).toEqual([]);
    expect(kinds('In de gemeente waren 3 woninginbraken.')).toEqual([]);
    expect(scanText('3 meldingen in De Horst', { vocabulary: new Set(['de', 'horst']), buurten: ['de horst'] }).map((m) => m.kind)).toEqual(['smallCount']);
    expect(scanText('In de buurt: 7 meldingen.', { vocabulary: new Set(), smallCountBelow: 10 }).map((m) => m.kind)).toEqual(['smallCount']);
  });
});
