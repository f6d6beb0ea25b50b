/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by our own pages (slides, print) before rendering a lesson's content. */
		naik?: {
			view: 'learner' | 'slides' | 'print';
			lang: import('./core/locales.ts').Lang;
			lesson: import('./core/schemas/lesson.ts').LessonFrontmatter;
			/** The props of each <TrainerNote> as it renders (the slide deck sums up time and materials from them). */
			trainerNotes?: { minutes?: number; materials?: string }[];
		};
	}
}
