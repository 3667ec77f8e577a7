// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Bookings, appointments, classes and memberships: studios, salons, schools, gyms, venues.
import type { Concept } from './concept-lexicon.ts';

export const SERVICE_CONCEPTS: Record<string, Concept> = {};
