// Customer wording of small businesses other than shops, as lexicon concepts (see concept-lexicon.ts).
// Education: language and tutoring schools, training courses and children's classes (levels, placement tests, trial lessons, tuition, timetables, make-up lessons, exams, certificates, visas).
// Written from how customers of such businesses talk, not from any one FAQ.
import type { Concept } from './concept-lexicon.ts';

export const EDUCATION_CONCEPTS: Record<string, Concept> = {};
