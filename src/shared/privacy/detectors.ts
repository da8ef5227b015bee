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
  'smallCount',
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
  /** Lower-case names of the project's buurten: a small count next to one is a warning. */
  buurten?: readonly string[];
  /** A count below this, at buurt level, can point to persons (privacy.md item 7). Default 5. */
  smallCountBelow?: number;
}

/** The threshold of privacy.md item 7: CBS and the police suppress cells below about 5. */
export const SMALL_COUNT_BELOW = 5;

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
  find: (text) => matches(new RegExp(`${B}(\\d{4}[. -]?\\d{2}[. -]?\\d{3}|\\d{9}|\\d{8})${E}`, 'gu'), text, (m) => {
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
const POSTCODE = '[1-9]\\d{3}[\\s-]?(?!SA|SD|SS)[A-Z]{2}';
/** In lower case ("1234 ab"), but not a number followed by a short word ("2023 en 2024"). */
const POSTCODE_LOWER = "[1-9]\\d{3}[\\s-]?(?!sa|sd|ss|en|in|op|of|na|om|te|is|al|er|ze|we|je|me|zo|nu|ja|uw|ik|de|ca|ha|hé)[a-z]{2}(?![\\p{L}'])";
const STREET_SUFFIX =
  '(?:straat|laan|weg|plein|gracht|kade|singel|dijk|pad|steeg|hof|dreef|park|baan|markt|erf|veld|wal|haven|allee|boulevard|plantsoen|passage|ring|burg|dam|brink|gang|zijde)';

const address: Detector = {
  kind: 'address',
  find: (text) => [
    // Street name + house number ("Kerkstraat 12a", "Van Goghlaan 3-5").
    ...matches(new RegExp(`${B}\\p{Lu}[\\p{Ll}'-]*(?:\\s\\p{Lu}?[\\p{Ll}'-]+)?${STREET_SUFFIX}\\s+${HOUSE_NUMBER}`, 'gu'), text, () => 'high', 'address'),
    // Postcode + house number ("1234 AB 12", "1234AB, 5", "1234-ab 5").
    ...matches(new RegExp(`${B}${POSTCODE}\\s*,?\\s*${HOUSE_NUMBER}`, 'gu'), text, () => 'high', 'address'),
    ...matches(new RegExp(`${B}${POSTCODE_LOWER}\\s*,?\\s*${HOUSE_NUMBER}`, 'gu'), text, () => 'medium', 'address'),
  ],
};

/** A six-character postcode alone points to a handful of addresses (privacy.md, item 3). */
const postcode: Detector = {
  kind: 'postcode',
  find: (text) => [
    ...matches(new RegExp(`${B}${POSTCODE}${E}`, 'gu'), text, () => 'medium', 'postcode'),
    // Lower case only where the text says it is a postcode ("postcode 1234 ab").
    ...matches(new RegExp(`${B}postcode\\s*:?\\s*${POSTCODE_LOWER}`, 'giu'), text, () => 'medium', 'postcode'),
  ],
};

const iban: Detector = {
  kind: 'iban',
  find: (text) =>
    // Upper or lower case, in blocks of four or not ("nl91 abna 0417 1643 00"); mod-97 decides.
    matches(new RegExp(`${B}[A-Z]{2}\\d{2}(?:[\\s-]?[A-Z0-9]{4}){2,7}(?:[\\s-]?[A-Z0-9]{1,3})?${E}`, 'giu'), text, (m) => (isIban(m[0].replace(/[\s-]/g, '')) ? 'high' : null), 'iban'),
};

/** Dutch licence plates by sidecode (1–14), written with dashes as on the plate. */
const SIDECODES = ['LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D', 'D-LLL-DD', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D'];
const PLATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${SIDECODES.map((s) => s.replace(/L/g, '[A-Z]').replace(/D/g, '\\d')).join('|')})(?![\\p{L}\\p{N}_-])`,
  'gu',
);
/** The same sidecodes in lower case with dashes ("ab-123-c"), with spaces ("AB 123 C") or none ("AB123C"). */
const PLATE_LOWER_RE = new RegExp(PLATE_RE.source, 'giu');
const platesWith = (sep: string, lead: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_-])${lead}(?:${SIDECODES.map((s) => s.replace(/-/g, sep).replace(/L/g, '[A-Z]').replace(/D/g, '\\d')).join('|')})(?![\\p{L}\\p{N}_-])`,
    'gu',
  );
// Without separators, never a CBS area code ("GM0363") or a risk/theme code.
const PLATE_SPACED_RE = platesWith(' ', '');
const PLATE_BARE_RE = platesWith('', '(?!GM|WK|BU|PL|NL|IVP|VWL|FYS|JV|ONV|OOV)');
const licencePlate: Detector = {
  kind: 'licencePlate',
  find: (text) => [
    ...matches(PLATE_RE, text, () => 'medium', 'licencePlate'),
    ...matches(PLATE_LOWER_RE, text, (m) => (/[a-z]/.test(m[0]) ? 'medium' : null), 'licencePlate'),
    ...matches(PLATE_SPACED_RE, text, () => 'medium', 'licencePlate'),
    ...matches(PLATE_BARE_RE, text, (m) => (/[A-Z]/.test(m[0]) && /\d/.test(m[0]) ? 'low' : null), 'licencePlate'),
  ],
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
        `${B}(?:zaak|dossier|registratie|mutatie|meldings?|parket|pv|proces-verbaal|bvh|bos|zvh|vt)[-\\s]?(?:nummer|nr\\.?|no\\.?)[\\s:#.-]*[A-Z]{0,4}[-\\s]?\\d[\\d\\-/.]{4,}\\d`,
        'giu',
      ),
      text,
      () => 'high',
      'caseNumber',
    ),
    ...matches(new RegExp(`${B}(?:BVH|BOS|PL\\d{4}|ZVH|VT)[\\s:#.-]*[A-Z]{0,4}[-\\s]?\\d[\\d\\-/.]{4,}\\d`, 'gu'), text, () => 'high', 'caseNumber'),
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
  find: (text) => matches(new RegExp(`${B}k\\.?v\\.?k\\.?(?:-?\\s?(?:nummer|nr\\.?))?[\\s:]*\\d{4}\\s?\\d{4}${E}`, 'giu'), text, () => 'medium', 'chamberOfCommerce'),
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
    const known = (w: string) => knownWord(ctx, w);
    return [
      // A title + surname: "de heer Jansen", "mevrouw De Vries", "dhr. A. Bakker" (more than a hint).
      ...matches(new RegExp(`${TITLE}\\s+${NAMEISH_SURNAME}`, 'gu'), text, (m) => (known(m[0].split(/\s/).pop() ?? '') ? null : 'medium'), 'name'),
      // Initials + surname: "J. de Vries", "A.B. Jansen".
      ...matches(new RegExp(`${B}(?:\\p{Lu}\\.\\s?){1,4}(?:${TUSSEN}\\s)*\\p{Lu}\\p{Ll}{2,}`, 'gu'), text, (m) => (known(m[0].split(/\s/).pop() ?? '') ? null : 'low'), 'name'),
      // Two capitalised words, possibly with a tussenvoegsel: "Piet de Boer", "Fatima El Amrani".
      ...matches(new RegExp(`${B}(\\p{Lu}\\p{Ll}+)\\s(?:${TUSSEN}\\s){0,3}(\\p{Lu}\\p{Ll}+)${E}`, 'gu'), text, (m) => (known(m[1]!) || known(m[2]!) ? null : 'low'), 'name'),
    ];
  },
};

/** Forms of address before a surname. */
const TITLE = `${B}(?:[Dd]e\\s+[Hh]eer|[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.|[Mm]eneer|[Mm]ijnheer)`;
/** Optional initials, optional tussenvoegsels (capitalised without a first name), a surname. */
const NAMEISH_SURNAME = `(?:(?:\\p{Lu}\\.\\s?){1,4})?(?:(?:${TUSSEN}|[VDT]\\p{Ll}{1,2})\\s){0,3}\\p{Lu}\\p{Ll}+${E}`;

function knownWord(ctx: DetectorContext, w: string): boolean {
  const lower = w.toLowerCase();
  return ctx.vocabulary.has(lower) || BUILTIN_WORDS.has(lower) || STOP.has(lower);
}

/**
 * A date right after a name ("Piet de Boer (12-03-1985)", "J. Jansen, 3 mei 2007") is a date of
 * birth until shown otherwise — unless the year is recent enough to be the date of an event.
 */
const LATEST_BIRTH_YEAR = 2015;
const NAME_THEN_DATE = new RegExp(
  `${B}(?:(\\p{Lu}\\p{Ll}+)\\s(?:${TUSSEN}\\s){0,3}(\\p{Lu}\\p{Ll}+)|(?:\\p{Lu}\\.\\s?){1,4}(?:${TUSSEN}\\s)*(\\p{Lu}\\p{Ll}{2,}))\\s?[,(]?\\s?(?:\\*\\s?)?${DATE}\\)?`,
  'gu',
);
const birthDateByName: Detector = {
  kind: 'birthDate',
  find: (text, ctx) =>
    matches(
      NAME_THEN_DATE,
      text,
      (m) => {
        const words = [m[1], m[2], m[3]].filter((w): w is string => !!w);
        if (words.some((w) => knownWord(ctx, w))) return null;
        const year = /(?:19|20)\d{2}(?!.*\d{4})/.exec(m[0].slice(m[0].search(/\d/)))?.[0];
        return year && Number(year) > LATEST_BIRTH_YEAR ? null : 'high';
      },
      'birthDate',
    ),
};

/** Things counted in safety figures; a handful of them in one buurt can point to persons. */
const COUNTED =
  '(?:meldingen|melding|incidenten|incident|inbraken|inbraak|woninginbraken|woninginbraak|aangiften|aangifte|slachtoffers|slachtoffer|verdachten|verdachte|' +
  'jongeren|jongere|personen|persoon|gezinnen|gezin|huishoudens|huishouden|bewoners|bewoner|zaken|zaak|casussen|casus|cases|misdrijven|misdrijf|delicten|delict|' +
  'overvallen|overval|diefstallen|diefstal|mishandelingen|mishandeling|aanhoudingen|aanhouding|daders|dader|kinderen|kind|woningen|woning|adressen|adres|panden|pand|' +
  'signalen|signaal|gevallen|geval|meldingen|branden|brand|uithuiszettingen|ontruimingen|sluitingen)';
const WORD_COUNTS: Record<string, number> = { één: 1, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const SMALL_COUNT = new RegExp(`${B}(\\d{1,3}|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:\\s+[\\p{Ll}-]+){0,2}?\\s+${COUNTED}${E}`, 'giu');
const BUURT = /(?<![\p{L}])(?:buurt|buurten|buurtniveau|BU\d{8})(?![\p{L}])/iu;

/** "3 woninginbraken in buurt De Horst": a small count at buurt level (privacy.md item 7). */
const smallCount: Detector = {
  kind: 'smallCount',
  find: (text, ctx) => {
    const lower = text.toLowerCase();
    if (!BUURT.test(text) && !(ctx.buurten ?? []).some((b) => b && lower.includes(b))) return [];
    const below = ctx.smallCountBelow ?? SMALL_COUNT_BELOW;
    return matches(
      SMALL_COUNT,
      text,
      (m) => {
        const word = m[1]!.toLowerCase();
        const n = WORD_COUNTS[word] ?? Number(word);
        // "een melding" is an article more often than a count.
        if (word === 'een') return null;
        return n >= 1 && n < below ? 'medium' : null;
      },
      'smallCount',
    );
  },
};

/** In order of precedence: when two matches overlap, the earlier detector's match is kept. */
export const DETECTORS: readonly Detector[] = [iban, email, bsn, birthDate, birthDateByName, caseNumber, address, phone, postcode, licencePlate, chamberOfCommerce, name, smallCount];
