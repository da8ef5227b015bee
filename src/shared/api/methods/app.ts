import { c } from '../../model/check.ts';
import { method } from '../define.ts';

export type HostKind = 'electron' | 'web' | 'cli';

export interface AppInfo {
  name: 'Vlinder';
  version: string;
  host: HostKind;
  /** Schema version of the .vlinder format this build writes. */
  formatVersion: number;
  /** Session opened by the host at start (a file given on the command line), if any. */
  startSessionId: string | null;
  /** The name of the user on this computer, recorded as "who" when a finding is dismissed ('' if unknown). */
  userName: string;
}

export const appMethods = {
  'app.info': method<AppInfo>()(c.object({})),
};
