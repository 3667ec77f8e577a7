import type { Migration } from '../migration.ts';
import { knowledgeBase } from './0010-knowledge-base.ts';
import { modelVersions } from './0020-model-versions.ts';
import { trainingRuns } from './0030-training-runs.ts';
import { conversations } from './0040-conversations.ts';
import { messageNotice } from './0050-message-notice.ts';
import { runOwnerStart } from './0060-run-owner-start.ts';
import { runErrorCode } from './0070-run-error-code.ts';
import { reviewLinkUndo } from './0080-review-link-undo.ts';
import { modelRevision } from './0090-model-revision.ts';
import { markedExamples } from './0100-marked-examples.ts';
import { reviewRepeats } from './0110-review-repeats.ts';
import { untitledConversations } from './0120-untitled-conversations.ts';

/**
 * Every schema step, oldest first. Add a file `NNNN-what-it-does.ts` and one line here; numbers go up in
 * steps of 10 (0020 model versions, 0030 training runs, 0040 conversations, 0050 message notices, 0060 a run owner's start time, 0070 the code of a run's error, 0080 what a review link changed, 0090 a pulled model's hub commit, 0100 questions marked to hand off, 0110 the same question asked again, 0120 conversations without a title). Never edit a shipped migration.
 */
export const migrations: readonly Migration[] = [knowledgeBase, modelVersions, trainingRuns, conversations, messageNotice, runOwnerStart, runErrorCode, reviewLinkUndo, modelRevision, markedExamples, reviewRepeats, untitledConversations];
