import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole bridge: one function that sends a contract method and its input to the main
 * process and resolves with its Result. The renderer never sees ipcRenderer itself.
 */
contextBridge.exposeInMainWorld('presales', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('presales:invoke', method, input),
});
