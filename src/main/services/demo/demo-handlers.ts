import type { demoMethods } from '../../../shared/api/demo';
import type { HandlersFor } from '../../handler';
import { clearDemoData, demoStatus, loadDemoData } from './demo-service';

export const demoHandlers: HandlersFor<keyof typeof demoMethods> = {
  'demo.status': (_input, ctx) => demoStatus(ctx.db()),
  'demo.load': (_input, ctx) => loadDemoData(ctx.db()),
  'demo.clear': (_input, ctx) => clearDemoData(ctx.db()),
};
