import type { Migration } from '../migration.ts';
import { knowledgeBase } from './0010-knowledge-base.ts';
import { modelVersions } from './0020-model-versions.ts';
import { trainingRuns } from './0030-training-runs.ts';
import { conversations } from './0040-conversations.ts';

/**
 * Every schema step, oldest first. Add a file `NNNN-what-it-does.ts` and one line here; numbers go up in
 * steps of 10 (0020 model versions, 0030 training runs, 0040 conversations). Never edit a shipped migration.
 */
export const migrations: readonly Migration[] = [knowledgeBase, modelVersions, trainingRuns, conversations];
