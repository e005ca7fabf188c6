/**
 * What only the desktop app can do (a native folder picker, opening a folder in the file
 * manager). In browser mode these are absent and the UI offers a typed folder path instead.
 */
export const desktop = {
  get available(): boolean {
    return typeof window.presales?.chooseFolder === 'function';
  },
  async chooseFolder(defaultPath: string): Promise<string | null> {
    return window.presales?.chooseFolder ? window.presales.chooseFolder(defaultPath) : null;
  },
  async openFolder(folder: string): Promise<boolean> {
    return window.presales?.openFolder ? window.presales.openFolder(folder) : false;
  },
};
