/**
 * The site frame's one small script, on every page in Starlight's frame (loaded by ThemeSelect.astro, which every
 * header has): the theme picker, the language picker and restoring the sidebar as she left it. One module instead of
 * three: on a first visit each file is one more request (Starlight ships each picker's script as its own file).
 */
import './theme-select.ts';
import './language-select.ts';
import { restoreSidebar } from './sidebar-restore.ts';

restoreSidebar(document, window);
