/** First attempts on this device, through the versioned device store (see first-attempts.ts). */
import { deviceStore } from '../../core/device-store.ts';
import { ATTEMPTS_KIND } from './first-attempts.ts';
import { deviceStorage } from './progress-store.ts';

export const attemptsStore = deviceStore(ATTEMPTS_KIND, deviceStorage);
