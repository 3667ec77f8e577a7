import { extname } from 'node:path';
import { readFaqFile } from '../../app/handlers/faq.ts';
import { writeOutputFile } from '../../node/output-file.ts';
import { inputName, STDIN_FILE } from '../../node/input-file.ts';
import { FAQ_FILE_FORMATS, importPlaceText, unreadableImport, type FaqEntry, type FaqFileFormat, type ImportReport } from '../../shared/api/index.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors.ts';
import { noPositionals, onePositional, parseCommandArgs, parseInteger, requireOption, UsageError } from '../args.ts';
import { commandGroup } from '../command.ts';
import { printJson, withClient } from '../with-app.ts';
import { terminalLine } from '../terminal-text.ts';

const EXPORT_FORMATS = { '.json': 'json', '.jsonl': 'jsonl', '.csv': 'csv' } as const;
/** The API's largest page; `list` pages through bigger knowledge bases. */
const PAGE_SIZE = 50_000;

export const faqCommand = commandGroup({
  name: 'faq',
  usage: `Usage: concierge faq <subcommand> [options]

Subcommands:
  list [--search TEXT] [--category C] [--json]
                     list entries; --json prints a JSON array of entries
  add --question Q --answer A [--category C] [--json]
                     add one entry and print its id
  rm ID...           delete entries (soft delete: the app can undo it); an ID that does not
                     exist or is already deleted is an error, and then nothing is deleted
  import FILE [--format json|jsonl|csv] [--dry-run] [--json]
                     import a .json, .jsonl or .csv file (UTF-8, or UTF-16 with a BOM; up to
                     50 MB; CSV columns split by ',', ';' or tabs): all rows or none;
                     errors list their line numbers; --dry-run only checks the file.
                     FILE "-" reads standard input, which needs --format (it has no
                     extension); --format also overrides a file's extension
  export FILE [--json]
                     export every entry; the format follows the extension (.json, .jsonl, .csv)`,

  subcommands: {
    async list(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { search: { type: 'string' }, category: { type: 'string' } },
        leading,
      );
      noPositionals(positionals);
      const entries = await withClient(global.dataDir, async (client) => {
        const all: FaqEntry[] = [];
        for (let total = Infinity; all.length < total; ) {
          const page = await client.invoke('faq:list', { ...values, limit: PAGE_SIZE, offset: all.length });
          all.push(...page.entries);
          total = page.entries.length ? page.total : all.length;
        }
        return all;
      });
      if (global.json) return printJson(entries);
      for (const entry of entries) {
        const category = entry.category ? ` [${entry.category}]` : '';
        const disabled = entry.enabled ? '' : ' (disabled)';
        console.log(`${String(entry.id).padStart(5)}  ${entry.lang}${terminalLine(category)}${disabled}  ${terminalLine(entry.question)}`);
      }
      console.error(`${entries.length} entries`);
    },

    async add(args, leading) {
      const { values, positionals, global } = parseCommandArgs(
        args,
        { question: { type: 'string' }, answer: { type: 'string' }, category: { type: 'string' } },
        leading,
      );
      noPositionals(positionals);
      const draft = {
        question: requireOption(values.question, 'question'),
        answer: requireOption(values.answer, 'answer'),
        category: values.category,
      };
      const entry = await withClient(global.dataDir, (client) => client.invoke('faq:create', draft));
      if (global.json) return printJson(entry);
      console.log(entry.id);
    },

    async rm(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      if (!positionals.length) throw new UsageError('Name at least one entry ID');
      const ids = [...new Set(positionals.map((text) => parseInteger(text, 'ID', 1)))];
      const result = await withClient(global.dataDir, async (client) => {
        // faq:delete skips entries already deleted (the app's undo leans on that). Here, as an id that never existed
        // does, one already deleted refuses the whole command, so a mistyped id is said and nothing is deleted.
        const deleted: number[] = [];
        for (const id of ids) if ((await client.invoke('faq:get', { id })).deletedAt !== null) deleted.push(id);
        if (deleted.length) {
          const which = deleted.map((id) => `#${id}`).join(', ');
          throw new NotFoundError(
            `FAQ ${deleted.length === 1 ? `entry ${which} is` : `entries ${which} are`} already deleted; nothing was deleted`,
          ).withCode('faq.already-deleted', { ids: which, n: deleted.length });
        }
        return client.invoke('faq:delete', { ids });
      });
      if (global.json) return printJson(result);
      console.log(`Deleted ${result.ids.length} ${result.ids.length === 1 ? 'entry' : 'entries'}: ${result.ids.join(', ')}`);
    },

    async import(args, leading) {
      const { values, positionals, global } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' }, format: { type: 'string' } }, leading);
      const file = onePositional(positionals, 'FILE');
      const format = importFormat(values.format, file);
      const input = { ...(await readFaqFile(file)), format, dryRun: values['dry-run'] };
      const report = await withClient(global.dataDir, (client) => client.invoke('faq:import', input)).catch(
        // A refused import throws with its whole report as details; show every row, not only the first.
        (error: unknown) => reportOfFailedImport(error) ?? Promise.reject(error),
      );
      if (global.json) printJson(report);
      if (unreadableImport(report)) {
        const [problem] = report.errors;
        throw new InvalidInputError(
          `${inputName(file)} cannot be read as ${report.format.toUpperCase()}: ${importPlaceText(problem)}: ${problem.message}; nothing was imported`,
        );
      }
      for (const error of report.errors) {
        console.error(`  ${importPlaceText(error)}${error.field ? ` (${error.field})` : ''}: ${error.message}`);
      }
      if (report.errorCount > report.errors.length) console.error(`  … and ${report.errorCount - report.errors.length} more`);
      if (report.errorCount) {
        throw new InvalidInputError(`${inputName(file)}: ${report.errorCount} problem(s) found; nothing was imported`);
      }
      if (!global.json) {
        const verb = report.dryRun ? 'Would import' : 'Imported';
        console.log(`${verb} ${report.imported} of ${report.total} ${report.format.toUpperCase()} rows`);
      }
    },

    async export(args, leading) {
      const { positionals, global } = parseCommandArgs(args, {}, leading);
      const file = onePositional(positionals, 'FILE');
      const extension = extname(file).toLowerCase();
      if (!Object.hasOwn(EXPORT_FORMATS, extension)) {
        throw new UsageError(`Cannot tell the format of ${file}: use a .json, .jsonl or .csv name`);
      }
      const format = EXPORT_FORMATS[extension as keyof typeof EXPORT_FORMATS];
      const exported = await withClient(global.dataDir, (client) => client.invoke('faq:export', { format }));
      await writeOutputFile(file, exported.content);
      if (global.json) return printJson({ file, format });
      console.log(`Exported to ${file}`);
    },
  },
});

/** --format, checked; required for standard input, which has no extension to tell the format by. */
function importFormat(value: string | undefined, file: string): FaqFileFormat | undefined {
  const formats = FAQ_FILE_FORMATS.join(', ');
  if (value === undefined) {
    if (file === STDIN_FILE) throw new UsageError(`Reading standard input ("-") needs --format: one of ${formats}`);
    return undefined;
  }
  if (!(FAQ_FILE_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${formats}, got "${value}"`);
  return value as FaqFileFormat;
}

function reportOfFailedImport(error: unknown): ImportReport | null {
  const details = error instanceof InvalidInputError ? (error.details as Partial<ImportReport> | undefined) : undefined;
  return details && Array.isArray(details.errors) && typeof details.errorCount === 'number' ? (details as ImportReport) : null;
}
