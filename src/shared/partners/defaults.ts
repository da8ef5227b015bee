/**
 * The default partner list of a new project (shared/domain/partners.md): the organisations a
 * Dutch municipality works with on safety, each with a kind, a domain and its usual role.
 * Municipalities edit, remove and add partners freely; these are a starting point.
 * Organisations and roles only — never names of people.
 */
import type { Domain, PartnerKind } from '../model/vocab.ts';

export interface DefaultPartner {
  /** Stable key for scripts and tests; not stored in the document. */
  key: string;
  name: string;
  kind: PartnerKind;
  domain: Domain | null;
  role: string;
}

const P = (key: string, name: string, kind: PartnerKind, domain: Domain | null, role: string): DefaultPartner => ({ key, name, kind, domain, role });

export const DEFAULT_PARTNERS: readonly DefaultPartner[] = [
  P('mayor', 'Gemeente – burgemeester en college', 'municipality', 'safety', 'Regie op veiligheid; openbare-ordebevoegdheden van de burgemeester; de raad stelt de kaders'),
  P('oov', 'Gemeente – team OOV / Veiligheid', 'municipality', 'safety', 'Veiligheidsbeleid, regie op de integrale aanpak'),
  P('enforcement', 'Gemeente – Toezicht en Handhaving (boa’s)', 'municipality', 'safety', 'Toezicht en handhaving in de openbare ruimte'),
  P('permits', 'Gemeente – VTH / omgevingsdienst', 'municipality', 'physical', 'Vergunningen, toezicht en handhaving, Bibob-toets'),
  P('social', 'Gemeente – sociaal domein', 'municipality', 'social', 'Sociale wijkteams, Wmo, Jeugd, Participatie, schuldhulp: zorg en ondersteuning, vroegsignalering'),
  P('cjg', 'Centrum voor Jeugd en Gezin (CJG)', 'care', 'social', 'Opvoed- en opgroeiondersteuning'),
  P('physical', 'Gemeente – fysiek domein', 'municipality', 'physical', 'Openbare ruimte en gebiedsregie: inrichting en beheer'),
  P('economy', 'Gemeente – economische zaken', 'municipality', 'economic', 'Contact met ondernemers en bedrijventerreinen'),
  P('police', 'Politie (basisteam, wijkagent)', 'police', 'safety', 'Opsporing, handhaving en informatie'),
  P('prosecution', 'Openbaar Ministerie', 'justice', 'safety', 'Strafrechtelijke aanpak; partner in de driehoek'),
  P('riec', 'RIEC / LIEC', 'justice', 'safety', 'Bestuurlijke aanpak van ondermijning'),
  P('tax', 'Belastingdienst', 'other', 'economic', 'Fiscale aanpak'),
  P('zvh', 'Zorg- en Veiligheidshuis (ZVH)', 'care', 'social', 'Procesregie bij complexe casuïstiek'),
  P('veiligThuis', 'Veilig Thuis', 'care', 'social', 'Advies en meldpunt huiselijk geweld en kindermishandeling'),
  P('probation', 'Reclassering', 'justice', 'social', 'Toezicht en begeleiding van daders'),
  P('childProtection', 'Raad voor de Kinderbescherming', 'justice', 'social', 'Onderzoek en advies bij zorgen over kinderen'),
  P('halt', 'Halt', 'justice', 'social', 'Afdoening van lichte delicten door jongeren'),
  P('fire', 'Veiligheidsregio / brandweer', 'emergency', 'safety', 'Fysieke veiligheid, brandweerzorg en crisisbeheersing'),
  P('ghor', 'GHOR', 'emergency', 'social', 'Geneeskundige hulpverlening bij rampen en crises'),
  P('ggd', 'GGD', 'care', 'social', 'Publieke gezondheid'),
  P('mentalHealth', 'GGZ en verslavingszorg', 'care', 'social', 'Geestelijke gezondheidszorg en verslavingszorg'),
  P('housing', 'Woningcorporaties', 'housing', 'physical', 'Wonen; aanpak van overlast in huurwoningen'),
  P('youthWork', 'Jongerenwerk en welzijnswerk', 'care', 'social', 'Preventie, ontmoeting, jongeren'),
  P('mediation', 'Buurtbemiddeling', 'care', 'social', 'Bemiddeling bij burenconflicten'),
  P('education', 'Onderwijs', 'education', 'social', 'Veilig in en om de school'),
  P('business', 'Ondernemers', 'business', 'economic', 'KVO, horeca, ondernemersverenigingen: veilig ondernemen en uitgaan'),
  P('residents', 'Bewoners', 'residents', 'safety', 'Buurtpreventie, WhatsApp-groepen, dorpsraden: signaleren en zelfredzaamheid'),
];
