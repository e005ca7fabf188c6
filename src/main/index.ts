import { startElectronApp } from './electron/app';

void startElectronApp();
