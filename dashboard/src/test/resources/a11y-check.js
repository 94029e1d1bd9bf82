// Basic accessibility checks run in the page by the ITs: labels, accessible names, landmarks,
// language, unique ids, images with text, and text contrast (WCAG AA: 4.5:1, 3:1 for large text).
// Returns a list of problems (empty when all is well).
() => {
  const problems = [];
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const labelled = (el) => (el.getAttribute('aria-label') || '').trim()
    || (el.getAttribute('aria-labelledby') || '').split(/\s+/).some((id) => id && document.getElementById(id) && text(document.getElementById(id)))
    || (el.labels && [...el.labels].some((l) => text(l)));
  for (const el of document.querySelectorAll('input, select, textarea')) {
    if (el.type !== 'hidden' && !labelled(el)) problems.push(`no label: ${el.outerHTML.slice(0, 100)}`);
  }
  for (const el of document.querySelectorAll('button, a[href], summary')) {
    if (!(el.getAttribute('aria-label') || text(el))) problems.push(`no name: ${el.outerHTML.slice(0, 100)}`);
  }
  for (const el of document.querySelectorAll('[role="img"], img')) {
    if (!(el.getAttribute('aria-label') || el.getAttribute('alt'))) problems.push(`image without text: ${el.outerHTML.slice(0, 100)}`);
  }
  for (const selector of ['header', 'nav', 'main']) {
    if (!document.querySelector(selector)) problems.push(`missing landmark ${selector}`);
  }
  if (!document.documentElement.lang) problems.push('no lang on <html>');
  const ids = new Map();
  for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) || 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`duplicate id ${id}`);
  if (!document.querySelector('h1')) problems.push('no h1');

  const rgba = (value) => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const background = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c && c.a > 0.9) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const luminance = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  for (const el of document.querySelectorAll('body *')) {
    if (!visible(el) || el.closest('[disabled], .skip-link, canvas')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    const fg = rgba(style.color);
    if (!fg) continue;
    const bg = background(el);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}: "${text(el).slice(0, 40)}"`);
  }
  return problems;
}
