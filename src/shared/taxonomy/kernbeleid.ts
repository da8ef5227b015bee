/**
 * VNG Kernbeleid Veiligheid fields and themes (shared/domain/kernbeleid-veiligheid.md): the
 * default, editable taxonomy of a new project. Codes are stable across projects.
 */
export interface TaxonomyEntry {
  code: string;
  label: string;
  /** Code of the field this theme belongs to; absent for a field. */
  field?: string;
}

const F = (code: string, label: string): TaxonomyEntry => ({ code, label });
const T = (field: string, code: string, label: string): TaxonomyEntry => ({ code, label, field });

export const KERNBELEID: readonly TaxonomyEntry[] = [
  F('VWL', 'Veilige woon- en leefomgeving'),
  T('VWL', 'VWL-1.1', 'Sociale kwaliteit'),
  T('VWL', 'VWL-1.2', 'Fysieke kwaliteit'),
  T('VWL', 'VWL-1.3', 'Objectieve veiligheid / veelvoorkomende criminaliteit'),
  T('VWL', 'VWL-1.4', 'Subjectieve veiligheid'),
  F('BV', 'Bedrijvigheid en veiligheid'),
  T('BV', 'BV-2.1', 'Veilig winkelgebied'),
  T('BV', 'BV-2.2', 'Veilige bedrijventerreinen'),
  T('BV', 'BV-2.3', 'Veilig uitgaan'),
  T('BV', 'BV-2.4', 'Veilige evenementen'),
  T('BV', 'BV-2.5', 'Veilig toerisme'),
  F('JV', 'Jeugd en veiligheid'),
  T('JV', 'JV-3.1', 'Jeugdoverlast en jeugdgroepen'),
  T('JV', 'JV-3.2', 'Jeugdcriminaliteit / individuele probleemjongeren'),
  T('JV', 'JV-3.3', 'Jeugd, alcohol en drugs'),
  T('JV', 'JV-3.4', 'Veilig in en om de school'),
  F('FV', 'Fysieke veiligheid'),
  T('FV', 'FV-4.1', 'Verkeersveiligheid'),
  T('FV', 'FV-4.2', 'Brandveiligheid'),
  T('FV', 'FV-4.3', 'Externe veiligheid / gevaarlijke stoffen'),
  T('FV', 'FV-4.4', 'Rampenbestrijding en crisisbeheersing'),
  F('IV', 'Integriteit en veiligheid'),
  T('IV', 'IV-5.1', 'Polarisatie en radicalisering'),
  T('IV', 'IV-5.2', 'Georganiseerde criminaliteit en ondermijning'),
  T('IV', 'IV-5.3', 'Veilige publieke taak'),
  T('IV', 'IV-5.4', 'Informatieveiligheid'),
  T('IV', 'IV-5.5', 'Ambtelijke en bestuurlijke integriteit'),
  F('DO', 'Domeinoverstijgend'),
  T('DO', 'DO-1', 'Gedigitaliseerde criminaliteit'),
  T('DO', 'DO-2', 'Zorg en veiligheid'),
  T('DO', 'DO-3', 'Informatiepositie'),
];
