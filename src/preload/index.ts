import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole bridge: one function that sends a contract method and its input to the main
 * process and resolves with its Result. The renderer never sees ipcRenderer itself.
 */
contextBridge.exposeInMainWorld('presales', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('presales:invoke', method, input),
  // Desktop-only: the export dialog's folder picker and "open the folder afterwards".
  chooseFolder: (defaultPath: string): Promise<string | null> =>
    ipcRenderer.invoke('presales:chooseFolder', defaultPath),
  openFolder: (folder: string): Promise<boolean> => ipcRenderer.invoke('presales:openFolder', folder),
});
