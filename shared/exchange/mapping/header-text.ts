/**
 * Column headers written by people: "营业收入（万元）", "统一社会信用代码 (18位)", "2024年1-10月
 * 营业收入 / 本年累计", "Credit Code". To compare them with the dictionary, a header is reduced
 * to a key (half-width, lower case, no spaces, brackets or punctuation), and the words that
 * qualify a figure rather than name it are read off: 本年累计 (the current figure), 上年同期
 * (last year's), 同比 (the growth rate).
 */
import { toHalfWidth } from '../../text/half-width';

/** Brackets of any width and what they enclose: units and remarks, never the name itself. */
const bracketedPart = /[（(［[【〔<《][^）)］\]】〕>》]*[）)］\]】〕>》]/g;
/** Punctuation people put in headers: separators, colons, stars marking required columns. */
const punctuation = /[\s:：,，、;；/\\|_\-—–~·.。*＊※#№"'“”‘’?？!！%％]+/g;
/** "单位：万元" at the end of a header. */
const unitStatement = /单位[:：].*$/;

/** Dates in a header ("2024年1-10月营业收入"), read before punctuation goes so 1-10 stays apart. */
const periodNames = /\d{4}\s*年度?|\d{1,2}\s*[-~至—–]\s*\d{1,2}\s*月份?|\d{1,2}\s*月(?:份|末)?/g;
/** Words that say "the figure for this period", which every figure column is by default. */
const currentPeriodWords = /本年累计|本年度|本年|本期|本月止|当期|当年|累计数|累计|实际完成|实际/g;
const priorYearWords = /上年同期|去年同期|上年度|上年|去年|同期|prioryear|lastyear|previousyear/g;
/** A growth rate is always against last year, so these win over the words above. */
const growthWords =
  /同比增长率|同比增速|同比增长|同比增减|同比|增长率|增长|增速|增幅|增减|yoy|growth/g;

function withoutRemarks(header: string): string {
  return toHalfWidth(header).toLowerCase().replace(unitStatement, '').replace(bracketedPart, '');
}

/** The header as a key: half-width, lower case, without brackets, punctuation or spaces. */
export function headerKey(header: string): string {
  return withoutRemarks(header).replace(punctuation, '');
}

export interface HeaderReading {
  /** What the header names, without its qualifiers: "营业收入". */
  readonly base: string;
  /** It holds last year's figure (上年同期), and is not a growth rate. */
  readonly priorYear: boolean;
  /** It holds a growth rate (同比, 增速). */
  readonly growth: boolean;
}

/** Splits a header into what it names and how that is qualified. */
export function readHeader(header: string): HeaderReading {
  const key = withoutRemarks(header).replace(periodNames, '').replace(punctuation, '');
  // search(), not test(): a global pattern's test() resumes where the previous call stopped.
  const growth = key.search(growthWords) !== -1;
  const priorYear = !growth && key.search(priorYearWords) !== -1;
  let base = key
    .replace(growthWords, '')
    .replace(priorYearWords, '')
    .replace(currentPeriodWords, '');
  // "比上年同期增长": the 比 of a comparison is not part of the name.
  if (growth || priorYear) base = base.replace(/比/g, '');
  return { base, priorYear, growth };
}
