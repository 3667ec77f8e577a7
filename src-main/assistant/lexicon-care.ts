// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Clinics (dental, medical check-ups, physiotherapy), pet care (grooming, boarding, day care) and beauty and wellness (massage, nails, spa): their treatments and services as the business's own topics.
// Written from how customers of such businesses talk, not from any one FAQ.
import type { Concept } from './concept-lexicon.ts';

export const CARE_CONCEPTS: Record<string, Concept> = {};
