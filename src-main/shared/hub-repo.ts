// Hub repo names as people type them: plain TypeScript, so the Download dialog checks a name before it closes
// with the rule the server applies (model/hub-pull.ts).

/** Short names people type, and the repos they live in now (the hub also redirects the old names). */
const HUB_ALIASES: Record<string, string> = {
  gpt2: 'openai-community/gpt2',
  distilgpt2: 'distilbert/distilgpt2',
};

const REPO_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?$/;

/** `gpt2` → `openai-community/gpt2`, `owner/name` as it is; null for anything that is not a plain repo name (no `..`, no URL). */
export function hubRepoName(repo: string): string | null {
  const name = Object.hasOwn(HUB_ALIASES, repo) ? HUB_ALIASES[repo] : repo;
  if (!REPO_PATTERN.test(name) || name.split('/').some((part) => part === '.' || part === '..' || part.includes('..'))) return null;
  return name;
}

/**
 * A hub commit (a pulled version's `revision`, 40 hex digits) as `model list` and the Models screen show it: its
 * first 7 digits, as git and the hub shorten one. The whole commit goes in a tooltip or `--json`.
 */
export const shortCommit = (commit: string): string => commit.slice(0, 7);
