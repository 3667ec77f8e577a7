import type { Page } from 'playwright-core';

/**
 * Page-side code (a string: the tests are type-checked without the DOM lib) that lists every piece of text shown
 * below WCAG's AA contrast: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). The background is what lies
 * behind the text's element, its ancestors' colours blended (with their opacity) down to the page's. Text a
 * disabled control holds is left out, as WCAG leaves it out, and so is text no one sees (visually hidden, in an SVG
 * chart, where fill and not color draws it).
 */
const LOW_CONTRAST_TEXT = `(() => {
  const parse = (value) => {
    let match = value.match(/^rgba?\\(([^)]+)\\)$/);
    if (match) {
      const [r, g, b, a = 1] = match[1].split(/[\\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    }
    match = value.match(/^color\\(srgb ([^)]+)\\)$/);
    if (match) {
      const [r, g, b, a = 1] = match[1].split(/[\\s/]+/).filter(Boolean).map(Number);
      return { r: r * 255, g: g * 255, b: b * 255, a };
    }
    return null;
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const linear = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = (element) => {
    const layers = [];
    for (let at = element; at; at = at.parentElement) {
      const colour = parse(getComputedStyle(at).backgroundColor);
      if (colour && colour.a > 0) layers.push(colour);
      if (colour && colour.a === 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const found = [];
  const checked = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.trim();
    const element = walker.currentNode.parentElement;
    if (!text || checked.has(element)) continue;
    checked.add(element);
    const style = getComputedStyle(element);
    if (element.getClientRects().length === 0 || style.visibility !== 'visible') continue;
    if (element.closest('.visually-hidden, svg, option, :disabled')) continue;
    let opacity = 1;
    for (let at = element; at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
    const behind = background(element);
    const colour = parse(style.color);
    const front = over({ ...colour, a: colour.a * opacity }, behind);
    const [light, dark] = [luminance(front), luminance(behind)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) found.push(ratio.toFixed(2) + ':1 ' + JSON.stringify(text.slice(0, 40)));
  }
  return found;
})()`;

/** The text on the page shown below AA contrast, each as "ratio:1 "text"". */
export function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LOW_CONTRAST_TEXT);
}
