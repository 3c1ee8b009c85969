import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { getMethodology, scoreAssessment, type Answers, type Criterion, type Methodology } from '@dbi-kit/engine';
import { DbiElement } from '../internal/dbi-element.js';
import { localized } from '../internal/lang.js';
import { DbiAnswerChangeEvent } from '../events/dbi-answer-change-event.js';
import { DbiAssessmentCompleteEvent } from '../events/dbi-assessment-complete-event.js';
import { DbiStepChangeEvent } from '../events/dbi-step-change-event.js';
import { AnswerSheet } from './answer-sheet.js';
import { assessmentStyles } from './assessment.styles.js';
import { questionStyles } from './question.styles.js';
import { resultsStyles } from './results.styles.js';
import type { AssessmentSubmission } from './assessment-submission.js';
import { assessmentStrings, type AssessmentStrings } from './assessment.translations.js';
import { EMPTY_PROFILE, readProfile, type ProfileDraft } from './business-profile.js';
import { formatNumber } from './format-figures.js';
import { fetchMethodology, isMethodologyUrl } from './methodology-source.js';
import { ProgressStore } from './progress-store.js';
import { randomId } from './random-id.js';
import { readSavedProgress } from './read-saved-progress.js';
import { renderIntro } from './render-intro.js';
import { renderPillarStep } from './render-pillar-step.js';
import { criterionDomId } from './render-criterion.js';
import { renderProfile } from './render-profile.js';
import { renderProgress } from './render-progress.js';
import type { ResultsActions } from './render-actions.js';
import { renderNav, renderNotice, type NoticeKey } from './render-nav.js';
import { renderResults } from './render-results.js';
import { renderReview } from './render-review.js';
import { forgetResumeCode, resumeCodeIn } from './resume-link.js';
import { SubmitController } from './submit-controller.js';
import { pillarOfStep, stepOfCriterion, wizardSteps, type StepId } from './wizard-steps.js';

/** `autosave` is on unless the attribute says `off` or `false`. */
const onUnlessOff = { fromAttribute: (value: string | null) => value === null || !/^(off|false|no|0)$/iu.test(value.trim()) };

/**
 * The DBI self-assessment wizard and its results.
 *
 * @summary A business assesses its digital transformation in ten minutes: intro, profile, one
 * step per pillar, review, results with next steps, platform categories and eligible support.
 * @tag dbi-assessment
 * @status experimental
 * @since 0.1.0
 * @dependency @dbi-kit/engine
 * @slot - None: the content comes from the methodology data.
 *
 * @event {DbiStepChangeEvent} dbi-step-change - Before the step changes; cancelable. `detail`: `{ from, to, index, count }`.
 * @event {DbiAnswerChangeEvent} dbi-answer-change - An answer was given, changed or cleared. `detail`: `{ criterionId, answer, answered, total }`.
 * @event {DbiAssessmentCompleteEvent} dbi-assessment-complete - The visitor reached the results. `detail`: the submission.
 *
 * @csspart base - The wizard's frame.
 * @csspart header - The methodology title and the progress.
 * @csspart progress - The progress navigation (bar, counts and step list).
 * @csspart progress-bar - The `<progress>` of criteria answered.
 * @csspart step-list - The `<ol>` of steps.
 * @csspart notice - A notice (restored answers, storage problems).
 * @csspart step - The current step's content, heading included.
 * @csspart heading - The current step's heading.
 * @csspart criterion - One question (a `<fieldset>`).
 * @csspart choice - One answer option (a `<label>` around a radio button).
 * @csspart index - One component index on a pillar step.
 * @csspart profile - The business-profile fields.
 * @csspart size - The size class and its reasons.
 * @csspart nav - The Back / Next buttons.
 * @csspart review-complete - The review's "everything answered" line.
 * @csspart missing - One pillar's unanswered criteria on the review.
 * @csspart results - The results.
 * @csspart summary - Total points, percent and level.
 * @csspart radar - The radar chart (`<svg>`).
 * @csspart next-steps - The list of what moves the business up.
 * @csspart submit-status - Sending / sent / failed with the retry button.
 * @csspart actions - Print, download, resume link, start over.
 *
 * @cssprop --dbi-color-primary - Buttons, selection, chart (default `#0b5cad`; dark `#6cb0ff`).
 * @cssprop --dbi-color-on-primary - Text on primary.
 * @cssprop --dbi-color-background - Background.
 * @cssprop --dbi-color-text - Text.
 * @cssprop --dbi-color-muted - Secondary text.
 * @cssprop --dbi-color-surface - Cards, tracks.
 * @cssprop --dbi-color-border - Borders, chart rings.
 * @cssprop --dbi-color-success - Completed steps.
 * @cssprop --dbi-color-warning - Warning notices.
 * @cssprop --dbi-color-danger - Errors.
 * @cssprop --dbi-focus-ring - The focus ring (a box-shadow).
 * @cssprop --dbi-radius - Corner radius.
 * @cssprop --dbi-space - Base spacing.
 * @cssprop --dbi-font-family - Font.
 * @cssprop --dbi-font-size - Base font size.
 * @cssprop --dbi-assessment-max-width - The wizard's widest width (default `56rem`).
 *
 * @example
 * ```html
 * <script type="module" src="/dbi-kit/dbi-kit.min.js"></script>
 * <dbi-assessment registry="/registry/" picker-url="/platforms/" submit-url="/api/dbi-assessments"></dbi-assessment>
 * ```
 */
export class DbiAssessment extends DbiElement {
  static override styles = [...DbiElement.styles, assessmentStyles, questionStyles, resultsStyles];

  // Not decorators: see DbiElement.properties.
  static override properties: PropertyDeclarations = {
    methodology: {},
    registry: {},
    pickerUrl: { attribute: 'picker-url' },
    autosave: { converter: onUnlessOff },
    submitUrl: { attribute: 'submit-url' },
    methodologyData: { attribute: false },
    sheet: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    step: { state: true, attribute: false },
    profileDraft: { state: true, attribute: false },
    submission: { state: true, attribute: false },
    notices: { state: true, attribute: false },
    link: { state: true, attribute: false },
    confirmingReset: { state: true, attribute: false },
  };

  /** A bundled methodology id (default `dbi-2021-sme`) or the URL of a methodology JSON file. */
  methodology = 'dbi-2021-sme';

  /** A registry base URL. When set, the results link platform categories into the picker (`pickerUrl`, or a `<dbi-platform-picker>` on this page). */
  registry = '';

  /** Where the category links go: a page holding a `<dbi-platform-picker>`. Empty: the picker on this page (no picker there: no links). */
  pickerUrl = '';

  /** Saves progress in localStorage on every change and resumes it on reload. On unless `autosave="off"`. */
  autosave = true;

  /** When set, the finished assessment is POSTed here as JSON (see the README for the payload). */
  submitUrl = '';

  /** A methodology object (for example from `parseMethodology`); takes precedence over `methodology`. */
  methodologyData?: Methodology;

  private sheet?: AnswerSheet;
  private loadError = '';
  private step: StepId = 'intro';
  private profileDraft: ProfileDraft = { ...EMPTY_PROFILE };
  private submission?: AssessmentSubmission;
  private notices: NoticeKey[] = [];
  private link = '';
  private confirmingReset = false;

  #store?: ProgressStore<Answers, ProfileDraft>;
  readonly #submitter = new SubmitController(this);
  #pendingAnswers?: Answers;
  #loading?: AbortController;
  /** While a resume link's answers are being decoded or a resume link made: their code loads lazily. */
  #loadingChunk?: Promise<void>;
  /** What to focus after the next render: the step heading, or a criterion by id. */
  #focusTarget?: string;

  /** The answers given so far, keyed by criterion id. Setting them checks them with the engine (`AnswerError` when refused). */
  get answers(): Answers {
    return this.sheet?.answers ?? this.#pendingAnswers ?? {};
  }

  set answers(answers: Answers) {
    if (!this.sheet) {
      this.#pendingAnswers = answers;
      return;
    }
    this.sheet.replace(answers);
    this.#changed();
  }

  /** The step on screen: `intro`, `profile`, `pillar:<id>`, `review` or `results`. */
  get currentStep(): StepId {
    return this.step;
  }

  /** The methodology in use, once loaded. */
  get loadedMethodology(): Methodology | undefined {
    return this.sheet?.methodology;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('methodology') || changed.has('methodologyData')) this.#load();
  }

  protected override updated(): void {
    const target = this.#focusTarget;
    if (target === undefined) return;
    this.#focusTarget = undefined;
    const root = this.renderRoot;
    const element = target ? root.querySelector<HTMLElement>(`#${CSS.escape(criterionDomId(target))} input`) : null;
    (element ?? root.querySelector<HTMLElement>('.step-heading'))?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  #load(): void {
    this.#loading?.abort();
    this.loadError = '';
    try {
      if (this.methodologyData) return this.#start(this.methodologyData);
      // A bundled id resolves at once, so the first render already shows the first step.
      if (!isMethodologyUrl(this.methodology)) return this.#start(getMethodology(this.methodology));
    } catch (error) {
      return this.#fail(error);
    }
    const loading = new AbortController();
    this.#loading = loading;
    this.sheet = undefined;
    fetchMethodology(this.methodology, loading.signal).then(
      (methodology) => loading.signal.aborted || this.#start(methodology),
      (error: unknown) => loading.signal.aborted || this.#fail(error),
    );
  }

  #fail(error: unknown): void {
    this.sheet = undefined;
    this.loadError = error instanceof Error ? error.message : String(error);
  }

  #start(methodology: Methodology): void {
    if (this.sheet?.methodology === methodology) return;
    const sheet = new AnswerSheet(methodology);
    this.sheet = sheet;
    this.step = 'intro';
    this.#clearRun();
    this.#store = new ProgressStore({ id: methodology.id, version: methodology.version }, (entry) => readSavedProgress(methodology, entry), undefined, this.id);
    // Answers set before the methodology was known go on top of what is restored below.
    const given = this.#pendingAnswers;
    this.#pendingAnswers = undefined;
    const code = resumeCodeIn(location.hash);
    if (code) {
      forgetResumeCode();
      return this.#whileLoading(
        import('./resume-code.js')
          .then(
            ({ decodeAnswers }) => () => decodeAnswers(methodology, code),
            (error: unknown) => {
              // The decoder could not be fetched: the link cannot be read, so start as without it.
              console.error(error);
              return () => undefined;
            },
          )
          .then((decode) => {
            if (this.sheet !== sheet) return;
            this.#resume(sheet, decode);
            this.#applyGiven(sheet, given);
          }),
      );
    }
    if (this.autosave) this.#restore();
    this.#applyGiven(sheet, given);
  }

  /** Lays answers set before the methodology loaded over those restored (autosave, resume link); profile and step stay. */
  #applyGiven(sheet: AnswerSheet, given: Answers | undefined): void {
    if (!given) return;
    const before = JSON.stringify(sheet.answers);
    try {
      sheet.replace({ ...sheet.answers, ...given });
    } catch (error) {
      // Set before the methodology was known, so there was no caller left to throw to.
      return console.error(error);
    }
    if (JSON.stringify(sheet.answers) === before) return;
    if (this.step === 'results') this.step = 'review';
    this.#changed();
  }

  /** Takes the answers of a resume link (`decode` throws, or gives nothing, when it is unusable); else resumes from autosave. */
  #resume(sheet: AnswerSheet, decode: () => Answers | undefined): void {
    try {
      const answers = decode();
      if (answers) {
        sheet.replace(answers);
        this.notices = ['noticeLinkRestored'];
        this.step = sheet.missing().size === 0 ? 'review' : this.#firstOpenStep();
        return this.#save();
      }
    } catch {
      // Damaged, or for another version of the methodology: said below.
    }
    this.notices = ['noticeLinkInvalid'];
    if (this.autosave) this.#restore();
  }

  /** Holds `updateComplete` until `work` (which never rejects) is done. */
  #whileLoading(work: Promise<void>): void {
    const all: Promise<void> = Promise.all([this.#loadingChunk, work]).then(() => {
      if (this.#loadingChunk === all) this.#loadingChunk = undefined;
    });
    this.#loadingChunk = all;
  }

  // `updateComplete` also waits for what waits on a lazily loaded chunk (see `whileLoading`).
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loadingChunk) {
      await this.#loadingChunk;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #restore(): void {
    const outcome = this.#store!.load();
    const notice: Partial<Record<typeof outcome.status, NoticeKey>> = {
      restored: 'noticeRestored',
      corrupt: 'noticeCorrupt',
      'other-version': 'noticeOtherVersion',
      unavailable: 'noticeUnavailable',
    };
    if (notice[outcome.status]) this.notices = [...this.notices, notice[outcome.status]!];
    if (outcome.status !== 'restored') return;
    const { answers, profile, step, submission } = outcome.progress;
    this.sheet!.replace(answers);
    this.profileDraft = profile;
    this.step = step as StepId;
    if (step === 'results' && submission) {
      this.submission = this.#buildSubmission(submission.idempotencyKey, submission.submittedAt);
      if (submission.sent) this.#submitter.state = { status: 'sent' };
      else if (this.submitUrl) void this.#send();
    } else if (step === 'results') {
      this.step = 'review';
    }
  }

  #firstOpenStep(): StepId {
    const missing = this.sheet!.missing();
    const first = this.sheet!.criteria.find((c) => missing.has(c.id));
    return (first && stepOfCriterion(this.sheet!.methodology, first.id)) || 'profile';
  }

  get #steps(): StepId[] {
    return this.sheet ? wizardSteps(this.sheet.methodology) : [];
  }

  #go(to: StepId, focus = ''): boolean {
    if (!this.sheet) return false;
    const steps = this.#steps;
    if (to !== this.step) {
      const event = new DbiStepChangeEvent({ from: this.step, to, index: steps.indexOf(to), count: steps.length });
      if (!this.dispatchEvent(event)) return false;
    }
    this.step = to;
    this.link = '';
    this.confirmingReset = false;
    this.#focusTarget = focus;
    if (to === 'results' && !this.submission) this.#complete();
    this.#save();
    return true;
  }

  #complete(): void {
    this.submission = this.#buildSubmission(randomId(), new Date().toISOString());
    this.dispatchEvent(new DbiAssessmentCompleteEvent(structuredClone(this.submission)));
    if (this.submitUrl) void this.#send();
  }

  #buildSubmission(idempotencyKey: string, submittedAt: string): AssessmentSubmission {
    const { methodology, answers } = this.sheet!;
    const result = scoreAssessment(methodology, answers);
    const profile = readProfile(this.profileDraft).profile;
    return { methodology: { id: methodology.id, version: methodology.version }, answers, result, profile, submittedAt, idempotencyKey };
  }

  async #send(): Promise<void> {
    const submission = this.submission;
    if (!submission || !this.submitUrl) return;
    await this.#submitter.submit(this.submitUrl, submission);
    if (this.submission === submission) this.#save();
  }

  #save(): void {
    if (!this.autosave || !this.#store || !this.sheet) return;
    const submission = this.submission && {
      idempotencyKey: this.submission.idempotencyKey,
      submittedAt: this.submission.submittedAt,
      sent: this.#submitter.state.status === 'sent',
    };
    const outcome = this.#store.save({ answers: this.sheet.answers, profile: this.profileDraft, step: this.step, submission });
    const notice: NoticeKey | undefined = outcome === 'full' ? 'noticeFull' : outcome === 'unavailable' ? 'noticeUnavailable' : undefined;
    if (notice && !this.notices.includes(notice)) this.notices = [...this.notices, notice];
  }

  /** Any change to what the visitor entered: the old results no longer hold. */
  #changed(criterionId?: string): void {
    this.submission = undefined;
    this.#submitter.reset();
    this.#save();
    this.requestUpdate();
    if (criterionId === undefined || !this.sheet) return;
    const { answered, criteria } = this.sheet;
    this.dispatchEvent(new DbiAnswerChangeEvent({ criterionId, answer: this.sheet.answer(criterionId) ?? null, answered, total: criteria.length }));
  }

  #copyLink(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    // The encoder loads on the first click (it is not needed on the usual visit).
    this.#whileLoading(
      import('./resume-code.js').then(
        ({ encodeAnswers, resumeLink }) => {
          if (this.sheet !== sheet) return;
          this.link = resumeLink(location.href, encodeAnswers(sheet.methodology, sheet.answers));
          // The link is also shown in a field, for browsers that refuse the clipboard.
          navigator.clipboard?.writeText(this.link).catch(() => {});
        },
        (error: unknown) => console.error(error),
      ),
    );
  }

  #reset(): void {
    if (!this.#go('intro')) return;
    this.#store?.clear();
    this.sheet = new AnswerSheet(this.sheet!.methodology);
    this.#clearRun();
  }

  /** Forgets the profile, the results, the notices and the link of the run before. */
  #clearRun(): void {
    Object.assign(this, { profileDraft: { ...EMPTY_PROFILE }, submission: undefined, notices: [], link: '' });
    this.#submitter.reset();
  }

  override render(): TemplateResult {
    const t = this.strings(assessmentStrings);
    if (this.loadError) return html`<div class="wizard" part="base"><p class="error" role="alert">${t.loadError(this.loadError)}</p></div>`;
    const sheet = this.sheet;
    if (!sheet) return html`<div class="wizard" part="base"><p role="status">${t.loading}</p></div>`;
    const { methodology } = sheet;
    const lang = this.language;
    const title = localized(methodology.title, lang);
    return html`<section class="wizard" part="base" aria-labelledby="wizard-title">
      <header part="header">
        <p class="eyebrow" id="wizard-title">${title}</p>
        ${renderProgress({
          t,
          steps: this.#steps,
          current: this.step,
          answered: sheet.answered,
          total: sheet.criteria.length,
          name: (step) => this.#stepName(step, t),
          done: (step) => {
            const pillar = pillarOfStep(methodology, step);
            return !!pillar && sheet.missing(pillar.indices.flatMap((i) => i.criteria)).size === 0;
          },
          reachable: (step) => step !== 'results' || !!this.submission,
          go: (step) => this.#go(step),
        })}
      </header>
      <div class="notices" role="status">
        ${this.notices.map((key) => renderNotice(t, key, () => (this.notices = this.notices.filter((k) => k !== key))))}
      </div>
      <div class="step" part="step">
        <h2 class="step-heading" part="heading" tabindex="-1">${this.step === 'intro' ? t.wizard : this.#stepName(this.step, t)}</h2>
        ${this.#renderStep(t)}
      </div>
      ${renderNav({
        t,
        steps: this.#steps,
        current: this.step,
        link: this.link,
        go: (step) => this.#go(step),
        copyLink: () => this.#copyLink(),
      })}
    </section>`;
  }

  #stepName(step: StepId, t: AssessmentStrings): string {
    const pillar = this.sheet && pillarOfStep(this.sheet.methodology, step);
    if (pillar) return localized(pillar.title, this.language);
    return { intro: t.stepIntro, profile: t.stepProfile, review: t.stepReview, results: t.stepResults }[step as 'intro'] ?? step;
  }

  #renderStep(t: AssessmentStrings): TemplateResult {
    const sheet = this.sheet!;
    const { methodology } = sheet;
    const lang = this.language;
    const pillar = pillarOfStep(methodology, this.step);
    if (pillar) {
      return renderPillarStep({
        t,
        lang,
        pillar,
        criterion: (criterion) => ({
          t,
          lang,
          answer: sheet.answer(criterion.id),
          gateOpen: sheet.gateOpen(criterion.id),
          ratio: criterion.kind === 'ratio' ? sheet.ratioDraft(criterion, (n) => formatNumber(n, lang)) : undefined,
          choose: (c, value) => sheet.choose(c, value) && this.#changed(c.id),
          gate: (c, yes) => (sheet.gate(c, yes) ? this.#changed(c.id) : this.requestUpdate()),
          ratioInput: (c, draft) => (sheet.ratio(c, draft) ? this.#changed(c.id) : this.requestUpdate()),
        }),
      });
    }
    switch (this.step) {
      case 'intro':
        return renderIntro({ t, lang, methodology, criteria: sheet.criteria.length, autosave: this.autosave, submitUrl: this.submitUrl });
      case 'profile':
        return renderProfile({
          t,
          lang,
          draft: this.profileDraft,
          reading: readProfile(this.profileDraft),
          update: (field, value) => {
            this.profileDraft = { ...this.profileDraft, [field]: value };
            this.#changed();
          },
        });
      case 'review':
        return renderReview({ t, lang, methodology, missing: sheet.missing(), goTo: (c: Criterion) => this.#go(stepOfCriterion(methodology, c.id)!, c.id) });
      default:
        return this.submission ? renderResults({ t, lang, methodology, submission: this.submission, ...this.#resultsContext() }) : html``;
    }
  }

  #resultsContext(): ResultsActions {
    return {
      registry: this.registry,
      pickerUrl: this.pickerUrl,
      submit: this.submitUrl ? this.#submitter.state : undefined,
      link: this.link,
      confirmingReset: this.confirmingReset,
      retry: () => void this.#send(),
      copyLink: () => this.#copyLink(),
      askReset: (ask) => (this.confirmingReset = ask),
      reset: () => this.#reset(),
    };
  }
}
