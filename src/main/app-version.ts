/** The app version from package.json (bundled by Vite for Electron, loaded directly under tsx). */
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
