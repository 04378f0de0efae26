/**
 * Assignments: work the document gives to a named body. Three shapes:
 *  - a heading that names a body, with its tasks below ("1. Bộ Chỉ huy Quân sự
 *    tỉnh" / "a) Chủ trì ...", "Giao Bộ CHQS tỉnh:" / "- Tham mưu ...");
 *  - a clause whose subject is a body followed by a task verb ("Cấp xã xây
 *    dựng kế hoạch ...", "MTTQ các cấp phối hợp với ...");
 *  - a body named as the object of an instruction ("yêu cầu X ...", "giao X
 *    ...", "chỉ đạo X ..."), of "do X bảo đảm", "Đối với X, ..." or "Thời gian X ...".
 */
import { type AgencyMatch, matchAgency, NON_TASK, startsTask } from '../agencies.ts';
import { splitClauses, splitSentences, trimSpan } from '../clauses.ts';
import type { ExtractContext, NSpan } from '../context.ts';
import { matchPhrase, phraseSet } from '../phrases.ts';
import type { BodyItem } from '../segment.ts';
import { isUpperLine, type Token } from '../text.ts';
import type { AssignmentRole } from '../types.ts';
import { INSTRUCTION_VERBS } from '../vocabulary.ts';

/** An assignment before refinement (offsets in the normalised text). */
export interface AssignmentCandidate {
  /** How the body was found: as the clause subject, under a heading, or as an object ("yêu cầu X"). */
  source: 'subject' | 'object' | 'heading';
  agency: string;
  agencySpan: NSpan;
  role: AssignmentRole;
  task: string;
  taskSpan: NSpan;
  partners: string[];
  due: string | null;
  /** The clause the assignment was read from. */
  span: NSpan;
}

/** Words between the body and its main verb that do not change the role. */
const LEADING_ADVERBS = phraseSet([
  'chủ động',
  'tích cực',
  'khẩn trương',
  'thường xuyên',
  'kịp thời',
  'hàng năm',
  'hằng năm',
  'định kỳ',
  'cần',
  'phải',
  'có trách nhiệm',
  'là cơ quan',
  'là đầu mối',
  'tiếp tục',
  'chặt chẽ',
  'trực tiếp',
]);

const FRAMING_NOUNS = phraseSet(['thời gian', 'thời hạn']);

/** Words between a body and the colon of a label over its tasks ("X có trách nhiệm:"). */
const DUTY_WORDS = phraseSet([
  'có nhiệm vụ',
  'có nhiệm vụ sau',
  'có các nhiệm vụ sau',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'có nhiệm vụ',
  'thực hiện các nhiệm vụ sau',
  'thực hiện các nội dung sau',
  'thực hiện',
  'thực hiện một số nội dung sau',
]);

/** Verbs after "do X" that give X a duty ("do UBND tỉnh bảo đảm"), unlike "do X đề xuất" which tells history. */
const PROVIDED_BY = phraseSet([
  'bảo đảm',
  'đảm bảo',
  'chi trả',
  'chi',
  'cấp',
  'bố trí',
  'cân đối',
  'chịu',
  'hỗ trợ',
  'thực hiện',
  'tổ chức',
  'chủ trì',
  'phụ trách',
  'quản lý',
  'xây dựng',
]);

/** Adverbial openings that may precede a task verb after a comma. */
const OPENERS = phraseSet(['trên cơ sở', 'căn cứ', 'theo', 'trong quá trình', 'trong phạm vi', 'tùy theo']);

function agencyText(
  text: string,
  tokens: readonly Token[],
  g: { startTok: number; endTok: number },
): { value: string; span: NSpan } | null {
  const first = tokens[g.startTok];
  const last = tokens[g.endTok - 1];
  if (!first || !last) return null;
  return { value: text.slice(first.start, last.end), span: { start: first.start, end: last.end } };
}

/** Role of a task that starts at token `i`: "phối hợp" (after adverbs) means support. */
function roleAt(tokens: readonly Token[], i: number): AssignmentRole {
  let j = i;
  for (let guard = 0; guard < 6; guard += 1) {
    // skip "Trên cơ sở chức năng, nhiệm vụ của ngành mình," openings up to the comma before the verb
    const opener = matchPhrase(OPENERS, tokens, j);
    if (opener > 0) {
      let k = j + opener;
      while (k < tokens.length && k < j + 25 && !(tokens[k]?.text === ',' && startsTask(tokens, k + 1) > 0))
        k += 1;
      if (tokens[k]?.text !== ',') break;
      j = k + 1;
      continue;
    }
    const adv = matchPhrase(LEADING_ADVERBS, tokens, j);
    if (adv === 0) break;
    j += adv;
    if (tokens[j]?.text === ',') j += 1;
  }
  return tokens[j]?.lower === 'phối' && tokens[j + 1]?.lower === 'hợp' ? 'support' : 'lead';
}

/** Bodies named after "với" in a "phối hợp với" / "chủ trì với" clause, one per listed body. */
function partnersIn(text: string, tokens: readonly Token[], from: number): string[] {
  for (let i = from; i < tokens.length - 1; i += 1) {
    if (tokens[i]?.lower !== 'với') continue;
    const m = matchAgency(tokens, i + 1);
    if (!m) continue;
    const ranges: { startTok: number; endTok: number }[] = [];
    for (const item of m.items) {
      const last = ranges[ranges.length - 1];
      if (last && item.isContinuation) last.endTok = item.end;
      else ranges.push({ startTok: item.start, endTok: item.end });
    }
    return ranges.map((r) => agencyText(text, tokens, r)?.value ?? '').filter((p) => p !== '');
  }
  return [];
}

interface Emit {
  /** "subject": the body is the clause's subject; "object": named by an instruction, "do", "Đối với". */
  source: 'subject' | 'object' | 'heading';
  agency: { value: string; span: NSpan };
  role: AssignmentRole;
  taskStart: number;
  clause: NSpan;
  partners: string[];
}

function taskFrom(text: string, start: number, clause: NSpan): { task: string; span: NSpan } {
  const span = trimSpan(text, { start, end: clause.end });
  return { task: text.slice(span.start, span.end), span };
}

/** Emits one assignment per group of an agency match. */
function emitGroups(
  text: string,
  tokens: readonly Token[],
  m: AgencyMatch,
  verbTok: number,
  clause: NSpan,
  out: Emit[],
  source: Emit['source'],
): void {
  const verb = tokens[verbTok];
  if (!verb) return;
  // "các cơ quan, đơn vị triển khai thực hiện nghiêm túc" closes a document; it gives no task
  if (
    !m.isStrong &&
    EMPTY_TASK.test(text.slice(verb.start, clause.end)) &&
    SENTENCE_END.test(text.slice(clause.end, clause.end + 8))
  )
    return;
  const role = roleAt(tokens, verbTok);
  const partners = partnersIn(text, tokens, verbTok);
  for (const g of m.groups) {
    const agency = agencyText(text, tokens, g);
    if (agency) out.push({ source, agency, role, taskStart: verb.start, clause, partners });
  }
}

/** True when a task verb (not a non-task word) starts at token `i`. */
function isTaskAt(tokens: readonly Token[], i: number): boolean {
  if (matchPhrase(NON_TASK, tokens, i) > 0 && startsTask(tokens, i) === 0) return false;
  if (matchPhrase(CLOSING_FORMULAS, tokens, i) > 0) return false;
  return startsTask(tokens, i) > 0;
}

/** The sender's closing words are no task: "Văn phòng UBND tỉnh thông báo để ... biết". */
const CLOSING_FORMULAS = phraseSet([
  'thông báo để',
  'thông báo cho',
  'kính trình',
  'kính báo cáo',
  'xin báo cáo',
  'trân trọng',
]);

/** A task made only of "carry it out" words, as in a closing formula. */
const EMPTY_TASK =
  /^(?:(?:nghiêm túc|khẩn trương|triển khai|tổ chức|thực hiện|tốt|đầy đủ|kịp thời|và)[\s,]*)+[\s./]*$/iu;

/** Nothing but the sentence's end after a clause: the formula is the whole sentence. */
const SENTENCE_END = /^[\s./]*(?:\n|$)/u;

/** Index after a parenthesis that follows a body ("Bộ CHQS tỉnh (cơ quan thường trực ...) chủ trì"). */
const PAREN_MAX_TOKENS = 20;
function afterParenthesis(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '(') return i;
  for (let k = i + 1; k < tokens.length && k <= i + PAREN_MAX_TOKENS; k += 1) {
    const t = tokens[k]?.text;
    if (t === ')') return k + 1;
    if (t === '(' || t === ';') break;
  }
  return i;
}

/** Verbs by which the subject hands its task to another body ("X giao Y ...", "X yêu cầu Y ..."). */
const DELEGATING = phraseSet(['giao', 'giao cho', 'yêu cầu', 'đề nghị', 'ủy quyền', 'ủy quyền cho']);

/** True when a delegating verb at `i` is followed by a body that takes the task. */
function isDelegationAt(tokens: readonly Token[], i: number): boolean {
  const n = matchPhrase(DELEGATING, tokens, i);
  if (n === 0) return false;
  const m = matchAgency(tokens, i + n);
  if (!m) return false;
  const end = afterParenthesis(tokens, m.endTok);
  return isTaskAt(tokens, end) || tokens[end]?.text === ':' || end >= tokens.length;
}

/** A sentence telling what happened at a meeting: "Ngày 14/4/2023, đồng chí ... chủ trì cuộc họp". */
const NARRATIVE_OPENING = /^(?:ngày|sáng|chiều|tối|hôm|vào ngày|trong các ngày)\s+(?:\d|nay|qua)/iu;

/** Clause rules: subject + verb, instruction + object, "do X", "Đối với X,", "Thời gian X". */
function clauseAssignments(ctx: ExtractContext, clause: NSpan, out: Emit[], allowObjects: boolean): void {
  const { text } = ctx;
  const tokens = ctx.tokens.range(clause.start, clause.end);
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok?.isWord) {
      i += 1;
      continue;
    }
    const m = matchAgency(tokens, i);
    if (!m) {
      i += 1;
      continue;
    }
    const end = afterParenthesis(tokens, m.endTok);
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const prevPair = prev2 && prev ? `${prev2.lower} ${prev.lower}` : '';
    const atStart = i === 0 || prev?.text === ',' || prev?.text === '(';
    // "Đảng ủy giao Ủy ban nhân dân xã cụ thể hóa ...": the task is the named object's, read below
    const delegates = atStart && isDelegationAt(tokens, end);
    if (atStart && !delegates && isTaskAt(tokens, end) && prev?.text !== '(') {
      emitGroups(text, tokens, m, end, clause, out, 'subject');
    } else if (!allowObjects) {
      // inside a body's own task list, "chỉ đạo X ..." describes how that body works
    } else if (
      prev &&
      (matchPhrase(INSTRUCTION_VERBS, tokens, i - 1) === 1 ||
        (prev2 && matchPhrase(INSTRUCTION_VERBS, tokens, i - 2) === 2))
    ) {
      // "yêu cầu X ...", "giao cho X ...", "chỉ đạo X ..." (not "chỉ đạo, hướng dẫn X")
      const colon = tokens[end]?.text === ':' || end >= tokens.length;
      if (isTaskAt(tokens, end) || colon)
        emitGroups(text, tokens, m, colon ? Math.min(end, tokens.length - 1) : end, clause, out, 'object');
    } else if (prev?.lower === 'do' && matchPhrase(PROVIDED_BY, tokens, end) > 0) {
      // "Kinh phí khen thưởng cấp tỉnh do UBND tỉnh bảo đảm"
      emitGroups(text, tokens, m, end, clause, out, 'object');
    } else if (
      (prevPair === 'đối với' && i === 2) ||
      (i === matchPhrase(FRAMING_NOUNS, tokens, 0) && i > 0)
    ) {
      // "Đối với các sở ... không tổ chức hội nghị, xây dựng báo cáo ...": the body runs to the comma
      let k = end;
      if (prevPair === 'đối với') {
        while (k < tokens.length && tokens[k]?.text !== ',' && k < end + 12) k += 1;
        if (tokens[k]?.text === ',' && isTaskAt(tokens, k + 1)) {
          const agency = agencyText(text, tokens, { startTok: i, endTok: k });
          const verb = tokens[k + 1];
          if (agency && verb) {
            out.push({
              source: 'object',
              agency,
              role: roleAt(tokens, k + 1),
              taskStart: verb.start,
              clause,
              partners: partnersIn(text, tokens, k + 1),
            });
          }
        }
      } else if (isTaskAt(tokens, end)) {
        emitGroups(text, tokens, m, end, clause, out, 'object');
      }
    }
    i = Math.max(end, i + 1);
  }
}

/** If the item's content is just a body ("1. Bộ Chỉ huy Quân sự tỉnh", "2. Công an tỉnh: ...", "Giao Bộ CHQS tỉnh:"). */
function headingAgency(
  ctx: ExtractContext,
  item: BodyItem,
): { match: AgencyMatch; tokens: Token[]; inlineTaskTok: number } | null {
  if (!item.marker || item.marker === 'dash' || item.marker === 'plus') return null;
  const isLabel = item.marker === 'label';
  const { text } = ctx;
  const tokens = ctx.tokens.range(item.contentStart, item.line.end);
  let i = 0;
  if (tokens[0]?.lower === 'giao') i = tokens[1]?.lower === 'cho' ? 2 : 1;
  // "Điều 6. Trách nhiệm của Bộ Tổng Tham mưu", "2. Nhiệm vụ của Công an tỉnh"
  const duty = isLabel ? 0 : matchPhrase(RESPONSIBILITY_OF, tokens, 0);
  if (duty > 0) {
    const m = matchAgency(tokens, duty);
    const rest = m ? tokens.slice(m.endTok) : [];
    return m && rest.every((t) => t.text === '.' || t.text === ':')
      ? { match: m, tokens, inlineTaskTok: -1 }
      : null;
  }
  const m = matchAgency(tokens, i);
  if (!m) return null;
  // a heading in capitals ("III. TỔ CHỨC THỰC HIỆN") names a body only with a named head
  if (!m.isStrong && isUpperLine(text.slice(item.contentStart, item.line.end))) return null;
  if (isLabel) {
    // "X:" or "X có trách nhiệm:" over a list of tasks
    const duty = matchPhrase(DUTY_WORDS, tokens, m.endTok);
    return tokens[m.endTok + duty]?.text === ':' && m.endTok + duty + 1 === tokens.length
      ? { match: m, tokens, inlineTaskTok: -1 }
      : null;
  }
  const next = tokens[m.endTok];
  if (!next) return { match: m, tokens, inlineTaskTok: -1 };
  // "Điều 2. Ban Chỉ đạo có nhiệm vụ:" over lettered duties
  const duties = matchPhrase(DUTY_WORDS, tokens, m.endTok);
  if (duties > 0 && tokens[m.endTok + duties]?.text === ':' && m.endTok + duties + 1 === tokens.length)
    return { match: m, tokens, inlineTaskTok: -1 };
  if (next.text === ':') {
    // "2. Công an tỉnh: Chủ trì ..." but not "Giám đốc các Sở: Tài chính, Nội vụ; ..."
    if (m.endTok + 1 >= tokens.length) return { match: m, tokens, inlineTaskTok: -1 };
    return startsWithTask(tokens, m.endTok + 1) ? { match: m, tokens, inlineTaskTok: m.endTok + 1 } : null;
  }
  if (next.text === '.' && m.endTok + 1 >= tokens.length) return { match: m, tokens, inlineTaskTok: -1 };
  return null;
}

/** Article or item titles that name the body whose duties follow. */
const RESPONSIBILITY_OF = phraseSet([
  'trách nhiệm của',
  'nhiệm vụ của',
  'trách nhiệm, quyền hạn của',
  'nhiệm vụ, quyền hạn của',
  'nhiệm vụ và quyền hạn của',
  'trách nhiệm và quyền hạn của',
  'trách nhiệm thực hiện của',
]);

/** The people an article of the decision lists: "các ông (bà) có tên tại Điều 1", "các thành viên có tên tại Điều 2". */
const NAMED_IN_ARTICLE =
  /^(?:các|những)\s+(?:ông\s*\(bà\)|ông,\s*bà|ông\/bà|cá nhân|thành viên|đồng chí)\s+(?:có tên|nêu)\s+(?:tại|ở)\s+Điều\s+\d+/iu;

const EXECUTION = /(chịu|có) trách nhiệm (thi hành|thực hiện|tổ chức thực hiện|triển khai thực hiện)/iu;

/**
 * The closing article of a decision: "Chánh Văn phòng UBND tỉnh, Giám đốc
 * các Sở: Tài chính, Nội vụ; Chủ tịch UBND các huyện ... chịu trách nhiệm thi
 * hành Quyết định này." One lead assignment per body or official listed.
 */
function executionAssignments(ctx: ExtractContext, sentence: NSpan, out: Emit[]): boolean {
  const { text } = ctx;
  const m = EXECUTION.exec(text.slice(sentence.start, sentence.end));
  if (!m) return false;
  const verbStart = sentence.start + m.index;
  const tokens = ctx.tokens.range(sentence.start, verbStart);
  const clause = { start: sentence.start, end: sentence.end };
  let found = false;
  let i = 0;
  while (i < tokens.length) {
    const prev = tokens[i - 1];
    const atItemStart = i === 0 || prev?.text === ',' || prev?.text === ';' || prev?.lower === 'và';
    const match = atItemStart ? matchAgency(tokens, i) : null;
    if (!match) {
      // "các ông (bà) có tên tại Điều 1": the people the decision names, an assignee of their own
      const named = atItemStart
        ? NAMED_IN_ARTICLE.exec(text.slice(tokens[i]?.start ?? verbStart, verbStart))
        : null;
      const first = tokens[i];
      if (named && first) {
        const span = { start: first.start, end: first.start + named[0].length };
        out.push({
          source: 'subject',
          agency: { value: text.slice(span.start, span.end), span },
          role: 'lead',
          taskStart: verbStart,
          clause,
          partners: [],
        });
        found = true;
        while (i < tokens.length && (tokens[i]?.end ?? 0) <= span.end) i += 1;
        continue;
      }
      i += 1;
      continue;
    }
    let end = match.endTok;
    let groups = match.groups;
    // "Giám đốc các Sở: Tài chính, Nội vụ" lists the bodies after a colon, up to the ";"
    const lastGroup = groups[groups.length - 1];
    if (tokens[end]?.text === ':' && lastGroup) {
      let k = end + 1;
      while (k < tokens.length && tokens[k]?.text !== ';') k += 1;
      groups = [...groups.slice(0, -1), { startTok: lastGroup.startTok, endTok: k }];
      end = k;
    }
    for (const g of groups) {
      const agency = agencyText(text, tokens, g);
      if (agency)
        out.push({ source: 'subject', agency, role: 'lead', taskStart: verbStart, clause, partners: [] });
      found = true;
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

/** True when a line under a heading body reads as a task ("Chủ trì ...", "Hàng năm chủ trì ..."). */
function startsWithTask(tokens: readonly Token[], i: number): boolean {
  return startsTask(tokens, i) > 0 || matchPhrase(LEADING_ADVERBS, tokens, i) > 0;
}

/** Finds assignments in the body (none in a news article). */
export function findAssignments(ctx: ExtractContext): AssignmentCandidate[] {
  if (ctx.isArticle) return [];
  const { text, layout } = ctx;
  const emits: Emit[] = [];
  const items = layout.items;
  // bodies that head a block of tasks
  const headingOf = new Map<number, { value: string; span: NSpan }[]>();
  items.forEach((item, index) => {
    if (item.isOpening) return;
    const h = headingAgency(ctx, item);
    if (!h) return;
    const agencies = h.match.groups
      .map((g) => agencyText(text, h.tokens, g))
      .filter((a): a is { value: string; span: NSpan } => a !== null);
    headingOf.set(index, agencies);
    const verb = h.inlineTaskTok >= 0 ? h.tokens[h.inlineTaskTok] : undefined;
    if (verb) {
      const clause = splitClauses(text, verb.start, item.line.end)[0] ?? {
        start: verb.start,
        end: item.line.end,
      };
      const role = roleAt(h.tokens, h.inlineTaskTok);
      const partners = partnersIn(text, h.tokens, h.inlineTaskTok);
      for (const agency of agencies)
        emits.push({ source: 'heading', agency, role, taskStart: verb.start, clause, partners });
    }
  });
  items.forEach((item, index) => {
    if (item.isOpening || headingOf.has(index)) return;
    const heading = item.parent >= 0 ? headingOf.get(item.parent) : undefined;
    const sentences = splitSentences(text, item.contentStart, item.line.end);
    const narrative = sentences.filter((sentence) =>
      NARRATIVE_OPENING.test(text.slice(sentence.start, sentence.start + 20)),
    );
    const executed = sentences.filter(
      (sentence) => !narrative.includes(sentence) && executionAssignments(ctx, sentence, emits),
    );
    const skipped = [...narrative, ...executed];
    const clauses = splitClauses(text, item.contentStart, item.line.end).filter(
      (c) => !skipped.some((e) => c.start >= e.start && c.end <= e.end),
    );
    clauses.forEach((clause, c) => {
      const local: Emit[] = [];
      clauseAssignments(ctx, clause, local, heading === undefined);
      if (c === 0 && heading && !local.some((e) => e.source === 'subject')) {
        const tokens = ctx.tokens.range(clause.start, clause.end);
        const firstWord = tokens.findIndex((t) => t.isWord);
        const verb = tokens[firstWord];
        if (verb && startsWithTask(tokens, firstWord)) {
          const role = roleAt(tokens, firstWord);
          const partners = partnersIn(text, tokens, firstWord);
          for (const agency of heading)
            local.push({ source: 'heading', agency, role, taskStart: verb.start, clause, partners });
        }
      }
      emits.push(...local);
    });
  });

  emits.sort((a, b) => a.agency.span.start - b.agency.span.start);
  return emits.map((e) => {
    const { task, span } = taskFrom(text, e.taskStart, e.clause);
    return {
      source: e.source,
      agency: e.agency.value,
      agencySpan: e.agency.span,
      role: e.role,
      task,
      taskSpan: span,
      partners: e.partners,
      due: null,
      span: { start: Math.min(e.agency.span.start, span.start), end: Math.max(e.agency.span.end, span.end) },
    };
  });
}
