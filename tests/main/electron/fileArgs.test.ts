import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vlinderFileFromArgv } from '../../../src/main/electron/fileArgs.ts';

describe('the project file on a command line', () => {
  it('finds the .vlinder argument of a packaged launch and resolves it', () => {
    expect(vlinderFileFromArgv(['/opt/Vlinder/vlinder', 'profiel.vlinder'], '/home/ans')).toBe(resolve('/home/ans', 'profiel.vlinder'));
    expect(vlinderFileFromArgv(['C:\\Vlinder\\Vlinder.exe', '/data/IVRP 2027.VLINDER'], '/')).toBe(resolve('/data/IVRP 2027.VLINDER'));
  });

  it('skips flags Chromium adds on a second launch and the app folder of a development launch', () => {
    expect(vlinderFileFromArgv(['electron', '.', '--allow-file-access-from-files', '--original-process-start-time=1', 'a.vlinder'], '/w')).toBe(resolve('/w', 'a.vlinder'));
    expect(vlinderFileFromArgv(['electron', '--inspect=x.vlinder'], '/w')).toBeNull();
  });

  it('finds nothing when no project file is named', () => {
    expect(vlinderFileFromArgv(['vlinder'], '/w')).toBeNull();
    expect(vlinderFileFromArgv(['vlinder', 'notes.txt'], '/w')).toBeNull();
    expect(vlinderFileFromArgv(['profiel.vlinder'], '/w')).toBeNull();
  });
});
