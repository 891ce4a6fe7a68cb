/* global NodeFilter, getComputedStyle */
/**
 * What the every-screen checks look for, as functions run inside the page (page.evaluate). Each returns a list
 * of findings, empty when the screen is clean, so a failure names the screen and the offending text.
 */

/**
 * Text a user reads that is not a translation: an i18next key (`ns:key.path` or `key.path`), a bare
 * identifier such as `level`, `quick-check` or `sme-digital-2024`, a number with more than two decimals,
 * English words in a Chinese interface, or Chinese in the English one. Visible text nodes, option labels and
 * the attributes a screen reader announces are read; elements that declare another language (the language
 * picker names each language in itself) and user-typed field values are left out.
 */
export function findRawText({ namespaces, allowedWords }) {
  const lang = document.documentElement.lang;
  const chinese = lang.startsWith('zh');
  const namespaced = new RegExp(`\\b(?:${namespaces.join('|')}):[a-zA-Z][\\w.-]*`);
  // Dotted, dashed or camel-cased lower-case words ("results.score", "quick-check", "notFound"); a single
  // lower-case word ("level") is flagged in Chinese only, where English words ("somewhat") cannot be meant.
  const identifier = /^[a-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)+$|^[a-z]+[A-Z][A-Za-z0-9]*$/;
  // Chinese official document numbers are cited as they are in English text too ("工信厅企业〔2024〕56号").
  // and an official Chinese term may stand in brackets after its translation ("lightweight (小快轻准) list").
  const documentNumber = /[\u3400-\u9fff]+〔\d{4}〕\d+号|\([\u3400-\u9fff]+\)/g;
  const longDecimal = /(?<![\d.])\d+\.\d{3,}(?![\d.])/;
  const englishWords = /[A-Za-z]{2,}(?:[ '-]+[A-Za-z]{2,})+/g;
  const cjk = /[\u3400-\u9fff]/;
  // Frequent characters that exist only in simplified Chinese: in zh-TW they mean a string was not converted.
  const simplifiedOnly = /[这们个为说时会发经实现见设让证还进过运对开关门问题间应该业务产质检测术数据级评结软选择报价单录]/;
  const allowed = new Set(allowedWords);
  const findings = [];

  const inOtherLanguage = (element) => {
    const declared = element.closest('[lang]')?.getAttribute('lang');
    return declared !== undefined && declared !== null && declared !== lang;
  };
  const check = (text, where) => {
    const value = text.replace(/\s+/g, ' ').trim();
    if (!value) return;
    const say = (why) => findings.push(`${why}: "${value.slice(0, 120)}" (${where})`);
    if (namespaced.test(value)) say('raw i18n key');
    else if ((identifier.test(value) || (chinese && /^[a-z]{3,}$/.test(value))) && !allowed.has(value)) say('raw key or id');
    if (longDecimal.test(value)) say('number with more than 2 decimals');
    if (lang === 'zh-TW' && simplifiedOnly.test(value)) say('simplified Chinese in zh-TW');
    if (chinese) {
      const english = (value.match(englishWords) ?? []).filter((run) => !run.split(/[ '-]+/).every((word) => allowed.has(word)));
      if (english.length) say(`English in ${lang}`);
    } else if (cjk.test(value.replace(documentNumber, ''))) say(`Chinese in ${lang}`);
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, textarea, option')) continue;
    if (inOtherLanguage(parent) || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
    check(node.textContent ?? '', parent.tagName.toLowerCase());
  }
  for (const option of document.querySelectorAll('option')) {
    if (!inOtherLanguage(option)) check(option.textContent ?? '', 'option');
  }
  for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-description']) {
    for (const element of document.querySelectorAll(`[${attribute}]`)) {
      if (!inOtherLanguage(element)) check(element.getAttribute(attribute) ?? '', `${element.tagName.toLowerCase()}[${attribute}]`);
    }
  }
  if (document.title) check(document.title, 'title');
  return [...new Set(findings)];
}

/**
 * Elements that run past the right edge of the viewport, or that hold content wider than themselves so part of
 * it is cut off or hidden behind a horizontal scroll bar (a table squeezed into its card). Reported by a short
 * CSS path so the culprit can be found.
 */
export function findHorizontalOverflow() {
  const viewport = document.documentElement.clientWidth;
  const findings = [];
  const describe = (element) => {
    const parts = [];
    for (let e = element; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      const cls = [...e.classList]
        .filter((c) => c.startsWith('gz-'))
        .slice(0, 2)
        .join('.');
      parts.unshift(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`);
    }
    return parts.join(' > ');
  };
  if (document.documentElement.scrollWidth > viewport + 1)
    findings.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${viewport} px`);
  const clips = (style) => ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX);
  const reported = new Set();
  for (const element of document.body.querySelectorAll('*')) {
    if (!element.checkVisibility()) continue;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    // Only the outermost element past the edge, and none inside a clipping container (reported below).
    let inside = false;
    for (let e = element.parentElement; e && e !== document.body && !inside; e = e.parentElement)
      inside = reported.has(e) || clips(getComputedStyle(e));
    if (!inside && rect.width > 0 && rect.right > viewport + 1) {
      reported.add(element);
      findings.push(`${describe(element)} ends at ${Math.round(rect.right)} px, past the ${viewport} px viewport`);
    }
    const clipsX = clips(style);
    if (clipsX && element.scrollWidth > element.clientWidth + 1 && element.tagName !== 'TEXTAREA' && element.tagName !== 'INPUT') {
      findings.push(`${describe(element)} cuts off its content: ${element.scrollWidth} px in ${element.clientWidth} px`);
    }
  }
  return [...new Set(findings)];
}
