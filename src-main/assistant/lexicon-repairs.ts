// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Repairs and vehicles: phone, laptop and appliance repair (screens, batteries, water damage, data, quotes, parts, trade-ins) and garages (servicing, tyres, inspections, insurance claims, breakdowns, courtesy cars).
// Written from how customers of such businesses talk, not from any one FAQ.
import type { Concept } from './concept-lexicon.ts';

export const REPAIR_CONCEPTS: Record<string, Concept> = {};
