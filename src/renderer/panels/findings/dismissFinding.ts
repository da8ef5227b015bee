/**
 * Ignoring and restoring a finding as document edits: one undo entry each, persisted through
 * `project.apply` like every edit, so an ignored finding stays ignored after saving and
 * reopening. "Who" is the user name the host reports in `app.info`.
 */
import type { CallFn } from '../../../shared/api/contract.ts';
import { t } from '../../../shared/i18n/t.ts';
import { dismissFinding, restoreFinding } from '../../../shared/model/ops/findings.ts';
import type { Finding } from '../../../shared/rules/finding.ts';
import type { UseDocStore } from '../../store/docStore.ts';
import { useUi } from '../../store/uiStore.ts';

let user: Promise<string> | null = null;
function userName(call: CallFn): Promise<string> {
  user ??= call('app.info', {}).then(
    (i) => i.userName,
    () => '',
  );
  return user;
}

export async function ignoreFinding(services: { call: CallFn; useDoc: UseDocStore }, riskId: string, f: Finding, reason: string): Promise<void> {
  const by = await userName(services.call);
  const label = t(useUi.getState().lang, 'findings.dismissUndo');
  services.useDoc.getState().edit(label, (d) => dismissFinding(d, riskId, { key: f.key, ruleId: f.ruleId, target: f.entity, by, reason }), { riskId });
}

export function bringBackFinding(useDoc: UseDocStore, riskId: string, key: string): void {
  useDoc.getState().edit(t(useUi.getState().lang, 'findings.restoreUndo'), (d) => restoreFinding(d, riskId, key), { riskId });
}
