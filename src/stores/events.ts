/** Name of the window event dispatched after every change of the progress store on this page. */
export const PROGRESS_CHANGED = "kips:progres-berubah";
