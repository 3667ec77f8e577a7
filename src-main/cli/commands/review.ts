import { onePositional, noPositionals, parseCommandArgs, parseInteger, requireOption, UsageError } from '../args.ts';
import { commandGroup } from '../command.ts';
import { printJson, withClient } from '../with-app.ts';
import { sourceScore } from '../source-score.ts';
import { terminalLine } from '../terminal-text.ts';
import { REVIEW_STATUSES, type ReviewStatus } from '../../shared/api/chat.ts';

export const reviewCommand = commandGroup({
  name: 'review',
  usage: `Usage: concierge review <subcommand> [options]

Subcommands:
  list [--status open|linked|created|dismissed|handedOff] [--json]
                     questions waiting for a person (default: open ones), each with the entries
                     closest to it and the share of its words each contains
  link ID ENTRY_ID [--answer A] [--json]
                     add the question to entry ENTRY_ID as a similar question (the next customer who
                     asks it that way gets that entry); --answer also replaces the entry's answer
  unlink ID [--json]
                     undo a link: the question leaves the entry's similar questions (when the link added
                     it), the answer the link replaced comes back unless it was edited since, and the
                     item is open again
  new ID --answer A [--question Q] [--category C] [--ref R] [--json]
                     create a new entry from the question (or from Q) with answer A
  dismiss ID [--json]
                     close the item without changing the knowledge base
  handoff ID [--json]
                     hand off questions like this one: the question becomes a marked example, and a
                     later question more like it than like any entry goes to a person, however worded
  reopen ID [--json] put a dismissed or handed-off item back in the queue (a handed-off item's
                     example is deleted: questions like it are answered again)`,

  subcommands: {
    async list(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, { status: { type: 'string' } }, leading);
      noPositionals(positionals);
      const status = (values.status ?? 'open') as ReviewStatus;
      if (!REVIEW_STATUSES.includes(status)) throw new UsageError(`--status must be one of ${REVIEW_STATUSES.join(', ')}`);
      const { items } = await withClient(global.dataDir, (client) => client.invoke('review:list', { status, limit: 1_000 }));
      if (global.json) return printJson(items);
      for (const item of items) {
        const candidates = item.candidates.map((c) => `#${c.id}${c.ref ? ` ${terminalLine(c.ref)}` : ''} (${sourceScore(c)})`).join(', ');
        console.log(`${String(item.id).padStart(5)}  ${item.origin.padEnd(11)}  ${terminalLine(item.question)}`);
        if (item.reason || candidates) console.log(`       ${item.reason ?? ''}${candidates ? `  closest: ${candidates}` : ''}`);
      }
      console.error(`${items.length} ${status} items`);
    },

    async link(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, { answer: { type: 'string' } }, leading);
      if (positionals.length !== 2) throw new UsageError('Expected ID and ENTRY_ID');
      const [id, entryId] = positionals.map((text, i) => parseInteger(text, i ? 'ENTRY_ID' : 'ID', 1));
      const result = await withClient(global.dataDir, (client) =>
        client.invoke('review:link', { id, entryId, answer: values.answer }),
      );
      if (global.json) return printJson(result);
      console.log(`Linked review item #${id} to entry #${result.entry.id}: ${terminalLine(result.entry.question)}`);
    },

    async unlink(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const result = await withClient(global.dataDir, (client) => client.invoke('review:unlink', { id }));
      if (global.json) return printJson(result);
      console.log(`Reopened review item #${id}`);
      if (!result.entry) return console.log('The entry it was linked to is gone; nothing else changed');
      const changes = [
        result.questionRemoved && 'the question is no longer one of its similar questions',
        result.answer === 'restored' && 'its previous answer is back',
        result.answer === 'kept' && 'its answer was edited after the link, so that edit stays',
      ].filter(Boolean);
      console.log(`Entry #${result.entry.id}: ${changes.length ? changes.join('; ') : 'unchanged'}`);
    },

    async new(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { answer: { type: 'string' }, question: { type: 'string' }, category: { type: 'string' }, ref: { type: 'string' } },
        leading,
      );
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const result = await withClient(global.dataDir, (client) =>
        client.invoke('review:new', {
          id,
          answer: requireOption(values.answer, 'answer'),
          question: values.question,
          category: values.category,
          ref: values.ref,
        }),
      );
      if (global.json) return printJson(result);
      console.log(`Created entry #${result.entry.id} from review item #${id}`);
    },

    async dismiss(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:dismiss', { id }));
      if (global.json) return printJson(item);
      console.log(`Dismissed review item #${item.id}`);
    },

    async handoff(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:handoff', { id }));
      if (global.json) return printJson(item);
      console.log(`Review item #${item.id} handed off: questions like it now go to a person`);
    },

    async reopen(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const id = parseInteger(onePositional(positionals, 'ID'), 'ID', 1);
      const item = await withClient(global.dataDir, (client) => client.invoke('review:reopen', { id }));
      if (global.json) return printJson(item);
      console.log(`Reopened review item #${item.id}`);
    },
  },
});
