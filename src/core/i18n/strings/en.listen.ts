import type { ListenNotice, ListenStatus } from './id.listen.ts';

/** The listen button's status words and its note on voices in English (see ./id.listen.ts). */
export const listenStatus: ListenStatus = {
	pause: 'Pause',
	resume: 'Resume',
	reading: 'Reading aloud.',
	paused: 'Paused.',
	done: 'Finished reading.',
	stopped: 'Stopped reading.',
	nothing: 'There is no text to read yet.',
	failed: 'The voice could not play. Try again.',
};
export const listenNotice: ListenNotice = {
	noVoice: 'The Listen button needs an English voice on this device, and none is installed.',
	howToAddTitle: 'How to add a voice',
	howToAdd: 'To add one on Android: open Settings, search for “text-to-speech” (text-to-speech output), choose the Google engine (Speech Services by Google), open its settings and install English voice data. Once installed, the voice works without internet. Then open this page again.',
	noSpeech: 'This browser cannot read text aloud, so the Listen button does not appear.',
};
