import { AnswerError, criteriaOf, scoreAssessment, type Answer, type Answers, type Criterion, type Methodology, type RatioCriterion } from '@dbi-kit/engine';
import { parseVnd } from '../internal/money.js';
import type { RatioDraft } from './render-criterion.js';

const isAnswered = (answer: Answer | null | undefined): answer is Answer => answer !== undefined && answer !== null;

/**
 * The answers being given, with what the form shows between two valid answers: a gate opened
 * with "Yes" but no step chosen yet, and ratio figures as typed. Every answer is checked by the
 * engine before it is kept, so the sheet only ever holds answers `scoreAssessment` accepts.
 */
export class AnswerSheet {
  #values: Record<string, Answer> = {};
  readonly #openGates = new Set<string>();
  readonly #drafts = new Map<string, RatioDraft>();
  readonly criteria: readonly Criterion[];

  constructor(readonly methodology: Methodology) {
    this.criteria = criteriaOf(methodology);
  }

  /** The answers, as plain data (a copy). */
  get answers(): Answers {
    return { ...this.#values };
  }

  /**
   * Replaces every answer, after the engine has checked them all.
   * @throws {AnswerError} naming the first criterion whose answer is refused.
   */
  replace(answers: Answers): void {
    scoreAssessment(this.methodology, answers);
    const values: Record<string, Answer> = {};
    for (const [id, answer] of Object.entries(answers)) if (isAnswered(answer)) values[id] = answer;
    this.#values = values;
    this.#openGates.clear();
    this.#drafts.clear();
  }

  answer(id: string): Answer | undefined {
    return this.#values[id];
  }

  /** "Yes" at the gate with no step chosen yet: the question is open but not answered. */
  gateOpen(id: string): boolean {
    return this.#openGates.has(id);
  }

  /** The ratio figures as typed, or as formatted from the answer when nothing was typed. */
  ratioDraft(criterion: RatioCriterion, format: (n: number) => string): RatioDraft | undefined {
    const draft = this.#drafts.get(criterion.id);
    if (draft) return draft;
    const answer = this.#values[criterion.id];
    return typeof answer === 'object' ? { numerator: format(answer.numerator), denominator: format(answer.denominator) } : undefined;
  }

  get answered(): number {
    return this.criteria.filter((c) => isAnswered(this.#values[c.id])).length;
  }

  /** The ids of the criteria without an answer. */
  missing(criteria: readonly Criterion[] = this.criteria): Set<string> {
    return new Set(criteria.filter((c) => !isAnswered(this.#values[c.id])).map((c) => c.id));
  }

  /** Chooses a step or option; returns whether the answer changed. */
  choose(criterion: Criterion, value: number): boolean {
    this.#openGates.delete(criterion.id);
    return this.#set(criterion.id, value);
  }

  /** Answers the gate: "No" is the answer 0; "Yes" opens the steps and clears a 0. */
  gate(criterion: Criterion, yes: boolean): boolean {
    if (!yes) return this.choose(criterion, 0);
    this.#openGates.add(criterion.id);
    return this.#values[criterion.id] === 0 ? this.#set(criterion.id, undefined) : false;
  }

  /**
   * Takes ratio figures as typed. Both read as whole numbers and accepted by the engine → the
   * answer; both empty → no answer; otherwise the draft keeps the problem to show.
   */
  ratio(criterion: RatioCriterion, typed: RatioDraft): boolean {
    const numerator = parseVnd(typed.numerator);
    const denominator = parseVnd(typed.denominator);
    const draft: RatioDraft = { numerator: typed.numerator, denominator: typed.denominator };
    this.#drafts.set(criterion.id, draft);
    let answer: Answer | undefined;
    if ((typed.numerator.trim() && numerator === undefined) || (typed.denominator.trim() && denominator === undefined)) {
      draft.problem = 'not-a-number';
    } else if (numerator !== undefined && denominator !== undefined) {
      try {
        scoreAssessment(this.methodology, { [criterion.id]: { numerator, denominator } });
        answer = { numerator, denominator };
      } catch (error) {
        if (!(error instanceof AnswerError)) throw error;
        draft.problem = error.reason;
      }
    }
    // No answer when a figure is empty (both empty is no answer, not a problem) or refused.
    return this.#set(criterion.id, answer);
  }

  #set(id: string, answer: Answer | undefined): boolean {
    const before = this.#values[id];
    if (JSON.stringify(before) === JSON.stringify(answer)) return false;
    if (answer === undefined) delete this.#values[id];
    else this.#values[id] = answer;
    return true;
  }
}
