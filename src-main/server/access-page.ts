/**
 * What a browser gets for the page without the launch token — a bookmark, or a tab left open while
 * `concierge serve` restarted with a new token: a short page in both languages that says what to do, instead of
 * a JSON error. Plain HTML: it loads nothing and its CSP allows nothing.
 */
export const ACCESS_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

export const ACCESS_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Concierge</title>
</head>
<body>
<main>
<h1>请使用 concierge serve 输出的地址打开</h1>
<p>为了安全，每次启动 <code>concierge serve</code> 都会生成新的访问地址（以 <code>?token=</code> 结尾）。请复制它在终端中输出的地址并打开。</p>
<section lang="en">
<h1>Open the address that concierge serve printed</h1>
<p>For safety, every start of <code>concierge serve</code> makes a new address (it ends in <code>?token=</code>). Copy the address it printed in its terminal and open that.</p>
</section>
</main>
</body>
</html>
`;

/** A browser navigating to a page asks for HTML; scripts, styles and API clients do not. */
export function wantsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((type) => type.trim().toLowerCase().startsWith('text/html'));
}
