/** Placement results on this device (placement-record.ts), through the versioned device store. */
import { deviceStore } from '../../core/device-store.ts';
import { deviceStorage } from '../progress/progress-store.ts';
import { PLACEMENT_KIND } from './placement-record.ts';

export const placementStore = deviceStore(PLACEMENT_KIND, deviceStorage);
