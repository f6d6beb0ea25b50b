/** Placement results on this device (placement-record.ts), through the versioned device store. */
import { deviceStore } from '../../core/device-store.ts';
import { deviceStorage } from '../progress/progress-store.ts';
import { PLACEMENT_KIND } from './placement-record.ts';

export const placementStore = deviceStore(PLACEMENT_KIND, deviceStorage);

/**
 * Told on the page when kept results change other than by taking the test (an import in Belajarku), so the parts
 * that show them (MyPlacement, the receipt's placement choice) read them again, as the others do on
 * `nk:progress-changed`.
 */
export const PLACEMENT_CHANGED = 'nk:placement-changed';
