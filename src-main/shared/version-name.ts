// How model versions are named: main names a retrain (run-manager.ts), the renderer shows the starter's family in
// the UI's language (state/models/model-name.ts).

/** The name of the version a run trained from scratch (the renderer shows it in the UI's language). */
export const STARTER_NAME = 'Starter';

/** What a retrain appends to its base's name, and what older versions appended (" + FAQ", once per retrain). */
const RETRAIN_SUFFIX = / · \d{4}-\d{2}-\d{2}(?: #\d+)?$/;
const OLD_SUFFIX = /(?: \+ FAQ)+$/;

/**
 * The name of a version retrained from `baseName` on `date`: the family's name and the day, "Starter · 2026-11-30",
 * with "#2", "#3"… for another of that family the same day. A retrain of a retrain keeps the family's name rather
 * than growing ("Starter + FAQ + FAQ…" before), and stays distinct from every name in `taken`.
 */
export function retrainedName(baseName: string, date: Date, taken: Iterable<string>): string {
  const family = versionFamily(baseName);
  const day = date.toISOString().slice(0, 10);
  const names = new Set(taken);
  let name = `${family} · ${day}`;
  for (let n = 2; names.has(name); n++) name = `${family} · ${day} #${n}`;
  return name;
}

/** The family a version's name belongs to: the name without a retrain's day ("Starter · 2026-11-30 #2") or " + FAQ" run. */
export function versionFamily(name: string): string {
  return name.replace(RETRAIN_SUFFIX, '').replace(OLD_SUFFIX, '') || name;
}
