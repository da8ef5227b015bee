/**
 * A file that cannot be read as evidence. Carries an i18n key and parameters (always the line
 * when one line is to blame), so the app and the CLI both give the same Dutch message.
 */
export type EvidenceErrorKey =
  | 'evidence.error.empty'
  | 'evidence.error.noHeader'
  | 'evidence.error.missingColumn'
  | 'evidence.error.otherTable'
  | 'evidence.error.unknownTable'
  | 'evidence.error.columns'
  | 'evidence.error.period'
  | 'evidence.error.area'
  | 'evidence.error.kind'
  | 'evidence.error.value'
  | 'evidence.error.labels'
  | 'evidence.error.noData'
  | 'evidence.error.duplicate'
  | 'evidence.error.notText'
  | 'evidence.error.workbook'
  | 'evidence.error.tooLarge';

export class EvidenceError extends Error {
  readonly key: EvidenceErrorKey;
  readonly params: Record<string, string | number>;
  constructor(key: EvidenceErrorKey, params: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'EvidenceError';
    this.key = key;
    this.params = params;
  }
}
