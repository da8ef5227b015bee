/**
 * Node keys of the bow-tie layout (src/shared/layout/types.ts) parsed back into what they point
 * at: `cause:<riskCauseId>`, `consequence:<riskConsequenceId>`, `measure:<placementId>`,
 * `esc:<escalationFactorId>`, `event`, `hazard`.
 */
export type NodeRef =
  | { kind: 'hazard' }
  | { kind: 'event' }
  | { kind: 'cause'; id: string }
  | { kind: 'consequence'; id: string }
  | { kind: 'measure'; id: string }
  | { kind: 'esc'; id: string };

export function parseNodeKey(key: string | null | undefined): NodeRef | null {
  if (!key) return null;
  if (key === 'hazard' || key === 'event') return { kind: key };
  const i = key.indexOf(':');
  if (i < 0) return null;
  const kind = key.slice(0, i);
  const id = key.slice(i + 1);
  if (!id) return null;
  if (kind === 'cause' || kind === 'consequence' || kind === 'measure' || kind === 'esc') return { kind, id };
  return null;
}

export const causeKey = (riskCauseId: string): string => `cause:${riskCauseId}`;
export const consequenceKey = (riskConsequenceId: string): string => `consequence:${riskConsequenceId}`;
export const measureKey = (placementId: string): string => `measure:${placementId}`;
export const escKey = (factorId: string): string => `esc:${factorId}`;
