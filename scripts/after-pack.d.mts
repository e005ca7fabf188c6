/** Types of scripts/after-pack.mjs, for the tests. */
import type { AfterPackContext } from 'electron-builder';

/** Fuse option number (@electron/fuses FuseV1Options) → on/off. */
export const PACKAGED_FUSES: Readonly<Record<number, boolean>>;
export function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
