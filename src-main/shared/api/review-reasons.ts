// The reasons a thumbs-down stores on its review item, in a module of their own without zod: the server writes
// them as they are (old databases hold the same words), and the renderer imports them to say them in its language.
export const THUMBS_DOWN_REASONS = { plain: 'thumbs down', correction: 'customer suggested a correction' } as const;
