/**
 * Composition root: picks the transport once (Electron's preload bridge, else the web host's
 * HTTP API), creates the store and renders. Nothing else in the renderer knows which host it is in.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './styles/canvas.css';
import './styles/compare.css';
import './styles/links.css';
import './styles/findings.css';
import './styles/projector.css';
import type { VlinderBridge } from '../shared/api/bridge.ts';
import { createClient } from './api/client.ts';
import { httpTransport } from './api/httpTransport.ts';
import { ipcTransport } from './api/ipcTransport.ts';
import { App } from './App.tsx';
import { AppContext, type AppServices } from './AppContext.tsx';
import { registerAllCommands } from './registerAllCommands.ts';
import { rememberedSession, rememberSession } from './sessionMemory.ts';
import { createDocStore } from './store/docStore.ts';
import { useUi } from './store/uiStore.ts';
import { guardUnload } from './unloadGuard.ts';

const bridge = (window as { vlinder?: VlinderBridge }).vlinder;
const transport = bridge ? ipcTransport(bridge) : httpTransport();
const call = createClient(transport);
const useDoc = createDocStore(call);
const services: AppServices = { call, transport, useDoc };

registerAllCommands();
if (transport.kind === 'http') guardUnload(useDoc);
document.documentElement.lang = useUi.getState().lang;

/** Reopens the session of this tab after a reload, or the file the host opened at start. */
async function restore(): Promise<void> {
  const remembered = rememberedSession();
  const info = await call('app.info', {}).catch(() => null);
  const id = remembered ?? info?.startSessionId ?? null;
  if (!id) return;
  const session = await call('project.get', { sessionId: id }).catch(() => null);
  if (session) {
    rememberSession(session.sessionId);
    useDoc.getState().load(session);
  } else {
    rememberSession(null);
  }
}

void restore().finally(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppContext.Provider value={services}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
});
