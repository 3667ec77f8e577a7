// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Stays and meals: hotels, guesthouses, restaurants, cafés.
import type { Concept } from './concept-lexicon.ts';

export const HOSPITALITY_CONCEPTS: Record<string, Concept> = {};
