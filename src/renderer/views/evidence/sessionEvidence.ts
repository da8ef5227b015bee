/**
 * The figures read in this session with the mapping in force, for an export: the report then
 * carries the same figures the Figures view shows.
 */
import { effectiveMapping } from '../../../shared/evidence/mapping.ts';
import type { evidenceSetCheck } from '../../../shared/evidence/evidenceCheck.ts';
import type { Checked } from '../../../shared/model/check.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { useEvidence } from './evidenceStore.ts';

export async function sessionEvidence(ctx: CommandContext): Promise<{ evidence?: Checked<typeof evidenceSetCheck> }> {
  const { sessionId, doc } = ctx.useDoc.getState();
  const { imports, overrides, sessionId: owner } = useEvidence.getState();
  if (!doc || imports.length === 0 || owner !== sessionId) return {};
  const starter = await ctx.call('starter.list', {}).catch(() => null);
  const kinds = new Set(imports.flatMap((i) => i.observations.map((o) => o.kind)));
  const mapping = effectiveMapping(doc, kinds, starter, overrides);
  return { evidence: { imports: imports.map(({ source, tableId, title, downloadedAt, observations }) => ({ source, tableId, title, downloadedAt, observations: [...observations] })), mapping: { ...mapping } } };
}
