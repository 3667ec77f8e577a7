// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Food businesses: restaurants, cafés and bakeries (reservations, menus, dietary needs, takeaway and delivery, private rooms and banquets, corkage, cakes to order).
// Written from how customers of such businesses talk, not from any one FAQ.
import type { Concept } from './concept-lexicon.ts';

export const FOOD_CONCEPTS: Record<string, Concept> = {};
