/**
 * Lands on what a search found: an element of a bow-tie opens that risk's bow-tie with the
 * element selected, in view and holding the keyboard; a risk opens its bow-tie on the central
 * event; a partner or an area opens the register showing the risks it takes part in.
 */
import type { SearchHit } from '../../../shared/model/search.ts';
import { canvasBridge } from '../../canvas/canvasBridge.ts';
import { causeKey, consequenceKey, escKey, measureKey } from '../../canvas/nodeKey.ts';
import { useUi } from '../../store/uiStore.ts';
import { NO_FILTER } from '../../../shared/register/filterRows.ts';
import { useRegisterView } from '../register/registerStore.ts';

function nodeKeyOf(hit: SearchHit): string {
  if (!hit.placeId) return 'event';
  switch (hit.kind) {
    case 'cause':
      return causeKey(hit.placeId);
    case 'consequence':
      return consequenceKey(hit.placeId);
    case 'measure':
      return measureKey(hit.placeId);
    case 'escalation':
      return escKey(hit.placeId);
    default:
      return 'event';
  }
}

/** Reveals and focuses `key` once the canvas shows `riskId` (it mounts a frame or two later). */
function revealWhenShown(riskId: string, key: string, framesLeft = 30): void {
  const canvas = canvasBridge.get();
  if (canvas?.riskId === riskId && canvas.layout.nodes.some((n) => n.key === key)) {
    canvas.reveal(key);
    canvas.focus(key);
  } else if (framesLeft > 0) requestAnimationFrame(() => revealWhenShown(riskId, key, framesLeft - 1));
}

export function goToHit(hit: SearchHit): void {
  const ui = useUi.getState();
  if (hit.kind === 'partner' || hit.kind === 'area' || !hit.riskId) {
    useRegisterView.getState().setFilter(hit.kind === 'area' ? { ...NO_FILTER, areaId: hit.id } : { ...NO_FILTER, text: hit.label });
    ui.setView('register');
    return;
  }
  const key = nodeKeyOf(hit);
  ui.openRisk(hit.riskId);
  ui.setView('bowtie');
  ui.select(key);
  requestAnimationFrame(() => revealWhenShown(hit.riskId!, key));
}
