/**
 * Where the palette goes when a search hit is chosen. The views bind it once at start
 * (registerAllCommands), as they bind command runs, so the palette does not import the views.
 */
import type { SearchHit } from '../../../shared/model/search.ts';

let goTo: (hit: SearchHit) => void = () => {};

export function bindPaletteGoTo(fn: (hit: SearchHit) => void): void {
  goTo = fn;
}

export function goToHit(hit: SearchHit): void {
  goTo(hit);
}
