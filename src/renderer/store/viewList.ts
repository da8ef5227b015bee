/**
 * The views of an open project, in the order of their tabs. The tabs (panels/) and the project
 * screen (views/ProjectView.tsx, which maps each name to its component) both read this list, so
 * neither imports the other.
 */
export const VIEW_NAMES = ['bowtie', 'register', 'matrix', 'links', 'evidence', 'settings'] as const;

export type ViewName = (typeof VIEW_NAMES)[number];
