/**
 * The facilitator's view of the running scoring session: the last status from the core, kept
 * fresh by a long poll (`live.status` waits until something changed), plus what the facilitator
 * chose on this screen (values to adopt, which risks were adopted). The core holds the truth.
 */
import { create } from 'zustand';
import type { CallFn } from '../../../shared/api/contract.ts';
import type { LiveRecord, LiveStatus } from '../../../shared/api/methods/live.ts';

export type LiveTab = 'join' | 'results';

export interface LiveState {
  setupOpen: boolean;
  /** Risks ticked when the setup opens (the register's filtered rows, or none). */
  preselect: string[] | null;
  status: LiveStatus | null;
  tab: LiveTab;
  hidden: boolean;
  /** riskId → criterion → value the facilitator picked (default: the median). */
  picked: Record<string, Record<string, number>>;
  /** riskIds adopted into the document in this session. */
  adopted: Record<string, true>;
  lastRecord: LiveRecord | null;
  openSetup(preselect: string[] | null): void;
  closeSetup(): void;
  setStatus(status: LiveStatus | null): void;
  setTab(tab: LiveTab): void;
  setHidden(hidden: boolean): void;
  pick(riskId: string, criterion: string, value: number): void;
  markAdopted(riskId: string): void;
  ended(record: LiveRecord): void;
}

export const useLive = create<LiveState>()((set) => ({
  setupOpen: false,
  preselect: null,
  status: null,
  tab: 'join',
  hidden: false,
  picked: {},
  adopted: {},
  lastRecord: null,
  openSetup: (preselect) => set({ setupOpen: true, preselect }),
  closeSetup: () => set({ setupOpen: false }),
  setStatus: (status) => set((s) => (s.status && status && s.status.liveId === status.liveId && s.status.version > status.version ? s : { status })),
  setTab: (tab) => set({ tab, hidden: false }),
  setHidden: (hidden) => set({ hidden }),
  pick: (riskId, criterion, value) => set((s) => ({ picked: { ...s.picked, [riskId]: { ...s.picked[riskId], [criterion]: value } } })),
  markAdopted: (riskId) => set((s) => ({ adopted: { ...s.adopted, [riskId]: true } })),
  ended: (record) => set({ status: null, lastRecord: record, picked: {}, adopted: {}, tab: 'join', hidden: false }),
}));

/** How long one status call may wait on the Node side before answering unchanged. */
const WAIT_MS = 15_000;

/**
 * Follows the running session until it ends: each call returns as soon as the version moves
 * past the one we have. Returns a stop function (the component unmounts, or another session).
 */
export function followLive(call: CallFn, liveId: string): () => void {
  let stopped = false;
  void (async () => {
    let failures = 0;
    while (!stopped) {
      const have = useLive.getState().status;
      if (!have || have.liveId !== liveId) return;
      try {
        const next = await call('live.status', { liveId, after: have.version, waitMs: WAIT_MS });
        failures = 0;
        if (!stopped) useLive.getState().setStatus(next);
      } catch {
        // The session ended elsewhere, or the host is gone: try again a few times, then let go.
        if (++failures > 3) {
          if (!stopped) useLive.getState().setStatus(null);
          return;
        }
        await new Promise((r) => setTimeout(r, 500 * failures));
      }
    }
  })();
  return () => {
    stopped = true;
  };
}
