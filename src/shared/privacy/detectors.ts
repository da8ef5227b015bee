/**
 * The patterns of shared/domain/privacy.md, one detector per kind of personal data. A detector
 * proposes matches; check digits (BSN 11-test, IBAN mod-97) and context words decide. The
 * scanner warns, it never changes text: a false alarm costs a click, a miss can cost a data leak,
 * so the patterns lean towards warning.
 */
import { isBsn, isIban } from './checksums.ts';
import { BUILTIN_WORDS } from './vocabulary.ts';

export const FINDING_KINDS = [
  'bsn',
  'email',
  'phone',
  'address',
  'postcode',
  'iban',
  'licencePlate',
  'birthDate',
  'caseNumber',
  'chamberOfCommerce',
  'name',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** high: almost certainly personal data · medium: often personal data · low: a hint, info only. */
export type Confidence = 'high' | 'medium' | 'low';

/** One hit in one text. `start`/`end` are offsets into that text. */
export interface TextMatch {
  kind: FindingKind;
  confidence: Confidence;
  start: number;
  end: number;
  text: string;
}

export interface Detector {
  kind: FindingKind;
  find(text: string, ctx: DetectorContext): TextMatch[];
}

export interface DetectorContext {
  /** Lower-case words that are known not to be personal names (partners, areas, themes, …). */
  vocabulary: ReadonlySet<string>;
}

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

function matches(re: RegExp, text: string, accept: (m: RegExpExecArray) => Confidence | null, kind: FindingKind): TextMatch[] {
  const out: TextMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const confidence = accept(m);
    if (confidence) out.push({ kind, confidence, start: m.index, end: m.index + m[0].length, text: m[0] });
    // A rejected match may hide a good one starting inside it ("Volgens Piet de Boer").
    else re.lastIndex = m.index + 1;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

const bsn: Detector = {
  kind: 'bsn',
  find: (text) => matches(new RegExp(`${B}(\\d{4}[. ]?\\d{2}[. ]?\\d{3}|\\d{9}|\\d{8})${E}`, 'gu'), text, (m) => {
      const d = digitsOf(m[0]);
      if (!isBsn(d)) return null;
      // One in eleven eight-digit numbers passes the test, so the short form is only a hint.
      return d.length === 9 ? 'high' : 'medium';
    }, 'bsn'),
};

const email: Detector = {
  kind: 'email',
  find: (text) => matches(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu, text, () => 'high', 'email'),
};

/** Dutch numbers: 0 + 9 digits, or +31 / 0031 + 9 digits, with spaces, dashes, dots or brackets. */
const phone: Detector = {
  kind: 'phone',
  find: (text) =>
    matches(
      /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|\(?0)(?:[\s\-.)]{0,2}\d){9}(?!\d)/gu,
      text,
      (m) => {
        let d = digitsOf(m[0].replace('(0)', ''));
        if (d.startsWith('0031')) d = `0${d.slice(4)}`;
        else if (m[0].startsWith('+31')) d = `0${d.slice(2)}`;
        if (!/^0[1-9]\d{8}$/.test(d)) return null;
        // Mobile numbers are personal; landlines are often an organisation's.
        return d.startsWith('06') ? 'high' : 'medium';
      },
      'phone',
    ),
};

const HOUSE_NUMBER = '\\d{1,5}(?:\\s?[a-zA-Z](?![\\p{L}])|-\\d{1,4})?(?!\\d)';
const POSTCODE = '[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}';
const STREET_SUFFIX =
  '(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|steeg|hof|dreef|park|baan|markt|erf|veld|wal|haven|allee|boulevard|plantsoen|passage|ring|burg|dam|brink|gang|zijde)';

const address: Detector = {
  kind: 'address',
  find: (text) => [
    // Street name + house number ("Kerkstraat 12a", "Van Goghlaan 3-5").
    ...matches(new RegExp(`${B}\\p{Lu}[\\p{Ll}'-]*(?:\\s\\p{Lu}?[\\p{Ll}'-]+)?${STREET_SUFFIX}\\s+${HOUSE_NUMBER}`, 'gu'), text, () => 'high', 'address'),
    // Postcode + house number ("1234 AB 12", "1234AB, 5").
    ...matches(new RegExp(`${B}${POSTCODE}\\s*,?\\s*${HOUSE_NUMBER}`, 'gu'), text, () => 'high', 'address'),
  ],
};

/** A six-character postcode alone points to a handful of addresses (privacy.md, item 3). */
const postcode: Detector = {
  kind: 'postcode',
  find: (text) => matches(new RegExp(`${B}${POSTCODE}${E}`, 'gu'), text, () => 'medium', 'postcode'),
};

const iban: Detector = {
  kind: 'iban',
  find: (text) =>
    matches(new RegExp(`${B}[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?${E}`, 'gu'), text, (m) => (isIban(m[0].replace(/\s/g, '')) ? 'high' : null), 'iban'),
};

/** Dutch licence plates by sidecode (1–14), written with dashes as on the plate. */
const SIDECODES = ['LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D', 'D-LLL-DD', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D'];
const PLATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${SIDECODES.map((s) => s.replace(/L/g, '[A-Z]').replace(/D/g, '\\d')).join('|')})(?![\\p{L}\\p{N}_-])`,
  'gu',
);
const licencePlate: Detector = {
  kind: 'licencePlate',
  find: (text) => matches(PLATE_RE, text, () => 'medium', 'licencePlate'),
};

const MONTHS = 'jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2}|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})`;
const birthDate: Detector = {
  kind: 'birthDate',
  find: (text) =>
    matches(
      new RegExp(`${B}(?:geboren|geb\\.|geboortedatum|geb\\.\\s?datum|born|date of birth|dob)(?![\\p{L}])[^.\\n]{0,25}?${DATE}`, 'giu'),
      text,
      () => 'high',
      'birthDate',
    ),
};

const caseNumber: Detector = {
  kind: 'caseNumber',
  find: (text) => [
    // Registration numbers named as such, or with a police/ZVH/Veilig Thuis prefix.
    ...matches(
      new RegExp(
        `${B}(?:(?:zaak|dossier|registratie|mutatie|meldings?|parket|pv|proces-verbaal|bvh|bos|zvh|vt)[-\\s]?(?:nummer|nr\\.?|no\\.?)|BVH|BOS|PL\\d{4}|ZVH|VT)[\\s:#.-]*[A-Z]{0,4}[-\\s]?\\d[\\d\\-/.]{4,}\\d`,
        'gu',
      ),
      text,
      () => 'high',
      'caseNumber',
    ),
    // Parketnummer "03/123456-19".
    ...matches(new RegExp(`${B}\\d{2}/\\d{6}-\\d{2}${E}`, 'gu'), text, () => 'high', 'caseNumber'),
    // Letters + a long digit run ("PL0100-2023123456", "ZD 20230012345"), but not CBS area codes.
    ...matches(new RegExp(`${B}(?!GM|WK|BU|NL\\d)[A-Z]{2,5}[-\\s]?\\d{8,}${E}`, 'gu'), text, () => 'medium', 'caseNumber'),
    // A bare run of ten or more digits.
    ...matches(new RegExp(`${B}\\d{10,}${E}`, 'gu'), text, () => 'low', 'caseNumber'),
  ],
};

const chamberOfCommerce: Detector = {
  kind: 'chamberOfCommerce',
  find: (text) => matches(new RegExp(`${B}kvk(?:-?\\s?(?:nummer|nr\\.?))?[\\s:]*\\d{8}${E}`, 'giu'), text, () => 'medium', 'chamberOfCommerce'),
};

/** Common Dutch words that start a sentence with a capital; never the first half of a name. */
const STOP = new Set(
  (
    'de het een in op bij met voor door naar na als ook veel er dit deze die dat wij we zij ze hij zo nu daarom omdat wanneer waar wat hoe geen alle elke ' +
    'sinds tijdens vanaf tot over onder tegen zonder binnen buiten rond rondom via volgens meer minder weinig enkele sommige andere overige en of maar dus ' +
    'uit aan om te van zowel mede vooral vaak soms altijd nooit jaarlijks samen hier daar verder tevens daarnaast bovendien echter mogelijk ' +
    'the a an of and or for with by to from on at is are this that these those'
  ).split(' '),
);

const TUSSEN = '(?:van|de|der|den|ter|ten|te|het|la|le|da|du|el|al|in \'t|op de)';
const name: Detector = {
  kind: 'name',
  find: (text, ctx) => {
    const known = (w: string) => {
      const lower = w.toLowerCase();
      return ctx.vocabulary.has(lower) || BUILTIN_WORDS.has(lower) || STOP.has(lower);
    };
    return [
      // Initials + surname: "J. de Vries", "A.B. Jansen".
      ...matches(new RegExp(`${B}(?:\\p{Lu}\\.\\s?){1,4}(?:${TUSSEN}\\s)*\\p{Lu}\\p{Ll}{2,}`, 'gu'), text, (m) => (known(m[0].split(/\s/).pop() ?? '') ? null : 'low'), 'name'),
      // Two capitalised words, possibly with a tussenvoegsel: "Piet de Boer", "Fatima El Amrani".
      ...matches(new RegExp(`${B}(\\p{Lu}\\p{Ll}+)\\s(?:${TUSSEN}\\s){0,3}(\\p{Lu}\\p{Ll}+)${E}`, 'gu'), text, (m) => (known(m[1]!) || known(m[2]!) ? null : 'low'), 'name'),
    ];
  },
};

/** In order of precedence: when two matches overlap, the earlier detector's match is kept. */
export const DETECTORS: readonly Detector[] = [iban, email, bsn, birthDate, caseNumber, address, phone, postcode, licencePlate, chamberOfCommerce, name];
