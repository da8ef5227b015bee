/**
 * The check of evidence crossing the API (the figures a session read, handed to an export), so
 * the core validates it like every other argument.
 */
import { c } from '../model/check.ts';
import { CBS_CODE_RE } from '../model/vocab.ts';

const observation = c.object({
  source: c.enum(['politie', 'cbs'] as const),
  tableId: c.string({ min: 1, max: 40 }),
  downloadedAt: c.string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }),
  area: c.string({ max: 10, pattern: CBS_CODE_RE }),
  period: c.string({ pattern: /^\d{4}(JJ|KW|MM)\d{2}$/ }),
  kind: c.string({ max: 60 }),
  measure: c.string({ min: 1, max: 100 }),
  value: c.nullable(c.number({ min: -1e12, max: 1e12 })),
});

export const evidenceSetCheck = c.object({
  imports: c.array(
    c.object({
      source: c.enum(['politie', 'cbs'] as const),
      tableId: c.string({ min: 1, max: 40 }),
      title: c.string({ min: 1, max: 300 }),
      downloadedAt: c.string({ pattern: /^\d{4}-\d{2}-\d{2}$/ }),
      observations: c.array(observation, { max: 500_000 }),
    }),
    { max: 50 },
  ),
  mapping: c.record(c.nullable(c.id()), { max: 1000 }),
});
