import { registryFileUrl, verifyPlatformCertificate, type CertificateClaims, type CertificateStatus, type CertificateVerification, type TrustedKey } from '@dbi-kit/registry';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DbiVerifyEvent } from '../events/dbi-verify-event.js';
import { DbiElement } from '../internal/dbi-element.js';
import { localized } from '../internal/lang.js';
import { badgeIcon } from './badge-icons.js';
import { badgeStatusOf, type BadgeStatus } from './badge-status.js';
import { badgeStyles } from './badge.styles.js';
import { badgeStrings } from './badge.translations.js';
import { parseTrustedKeys } from './parse-trusted-keys.js';

/** One finished check: the registry's status (`null` when the badge is not set up well enough to check) and what to show. */
interface Outcome {
  readonly certificateStatus: CertificateStatus | null;
  readonly reason: string;
  readonly kid?: string;
  /** Only for a genuine certificate of this very platform (not another platform's, nor one whose revocation could not be checked). */
  readonly claims?: CertificateClaims;
  readonly checkedAt: Date;
}

/**
 * A vendor's certification badge, verified live in the visitor's browser: it fetches the
 * platform's certificate from the registry, checks its Ed25519 signature against the keys the
 * page pins (never keys the registry serves), its platform, validity and the (also signed)
 * revocation list, and shows the outcome. Only a genuine, current certificate for this platform
 * gets the certified look; editing the page's HTML or the registry's files cannot give it to
 * another platform (see the README: what the badge proves and what it does not).
 *
 * It reads nothing from the page but its own attributes, sets no cookies, stores nothing
 * beyond the registry client's in-memory cache, and requests only `registry`.
 *
 * @summary The platform's certificate checked live against pinned keys: verifying, valid, expired,
 * revoked, not verified or could not verify, each in its own colour, icon and words; details on
 * hover, focus or click.
 * @tag dbi-badge
 * @event {DbiVerifyEvent} dbi-verify - A check finished. `detail`: `{ platform, status, certificateStatus, reason, checkedAt, validUntil }`.
 * @csspart badge - the button showing the status (opens the details)
 * @csspart icon - the status icon
 * @csspart status - the status in words
 * @csspart name - the platform's name
 * @csspart details - the details panel (platform, vendor, programme, validity, issuer, key id, checked at)
 * @csspart link - the link to the platform's entry in the registry
 * @cssprop --dbi-badge-certified-background - background of the certified look (default: the success colour)
 * @cssprop --dbi-badge-certified-text - text of the certified look
 * @cssprop --dbi-badge-radius - corner radius of the badge (default: `--dbi-radius`)
 * @cssprop --dbi-color-success - The certified look's default colour.
 * @cssprop --dbi-color-warning - Expired.
 * @cssprop --dbi-color-danger - Revoked and not verified.
 * @cssprop --dbi-color-muted - Verifying, could not verify, secondary text.
 * @cssprop --dbi-color-background - Background.
 * @cssprop --dbi-color-text - Text.
 * @cssprop --dbi-color-surface - The details panel.
 * @cssprop --dbi-color-border - Borders.
 * @cssprop --dbi-color-primary - The registry link.
 * @cssprop --dbi-color-on-primary - Text on primary.
 * @cssprop --dbi-focus-ring - The focus ring (a box-shadow).
 * @cssprop --dbi-radius - Corner radius.
 * @cssprop --dbi-space - Base spacing.
 * @cssprop --dbi-font-family - Font.
 * @cssprop --dbi-font-size - Base font size.
 * @dependency @dbi-kit/registry
 *
 * @example
 * <dbi-badge platform="so-cai-may" registry="https://registry.example/"
 *   trusted-keys='[{"kty":"OKP","crv":"Ed25519","x":"…","kid":"…"}]'></dbi-badge>
 */
export class DbiBadge extends DbiElement {
  static override styles = [...DbiElement.styles, badgeStyles];

  // Not decorators: see DbiElement.properties. `attribute: false` with `state: true` as @state() sets it
  // (the manifest analyzer reads it, so internal state is not listed as an attribute).
  static override properties: PropertyDeclarations = {
    platform: { reflect: true },
    registry: { reflect: true },
    trustedKeys: { attribute: 'trusted-keys', converter: { fromAttribute: parseTrustedKeys } },
    size: { reflect: true },
    status: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** The platform id whose certificate to check (the certificate's `sub` must be this id). */
  platform = '';

  /** The registry's base URL (where `registry.json` is), absolute or relative to the page. */
  registry = '';

  /**
   * The Ed25519 public JWKs that may sign certificates: the attribute `trusted-keys` takes a JSON
   * array (or one key). No key is trusted by default, not even the SAMPLE one.
   */
  trustedKeys: readonly TrustedKey[] = [];

  /** `small`, `medium` (default) or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';

  /** What the badge shows now. */
  private status: BadgeStatus = 'verifying';
  private outcome: Outcome | undefined;
  private open = false;

  #check: AbortController | undefined;
  /** Closed with Escape or a click: hover and focus do not reopen it until both have left. */
  #dismissed = false;
  #hovered = false;
  /** Opened by a click, Enter or Space: stays open until closed the same way, by Escape, or focus leaving. */
  #pinned = false;
  /** Keyboard focus inside (focus from a click or a tap does not open the details). */
  #focused = false;

  constructor() {
    super();
    const hover = (inside: boolean) => (event: PointerEvent) => {
      // Touch has no hover: a tap is a click, which toggles.
      if (event.pointerType === 'touch') return;
      this.#hovered = inside;
      this.#reconsider();
    };
    this.addEventListener('pointerenter', hover(true));
    this.addEventListener('pointerleave', hover(false));
    this.addEventListener('focusin', () => {
      this.#focused ||= this.#button().matches(':focus-visible');
      this.#reconsider();
    });
    this.addEventListener('focusout', (event) => {
      // Within the shadow root, relatedTarget is retargeted to this element.
      if (this.contains(event.relatedTarget as Node | null)) return;
      this.#focused = false;
      this.#pinned = false;
      this.#reconsider();
    });
  }

  /**
   * Escape closes open details wherever focus is (WCAG 1.4.13: hover content is dismissable
   * without moving the pointer). Listened for on the document only while the details are open.
   */
  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const hadFocus = this.matches(':focus-within');
    this.open = this.#pinned = false;
    this.#dismissed = true;
    // Focus must not stay on a link that is being hidden.
    if (hadFocus) this.#button().focus();
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open' as keyof DbiBadge)) return;
    if (this.open) document.addEventListener('keydown', this.#onEscape);
    else document.removeEventListener('keydown', this.#onEscape);
  }

  #button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }

  /** Open when pinned, or while hovered or keyboard-focused unless dismissed; the dismissal is forgotten once both have left. */
  #reconsider(): void {
    const wanted = this.#hovered || this.#focused;
    if (!wanted) this.#dismissed = false;
    this.open = this.#pinned || (wanted && !this.#dismissed);
  }

  #toggle(event: MouseEvent): void {
    // A mouse click on a badge whose details hovering already opened keeps them open (detail is
    // 0 for Enter and Space); otherwise a click, Enter or Space toggles them.
    if (event.detail > 0 && this.open && !this.#pinned) {
      this.#pinned = true;
      return;
    }
    this.open = this.#pinned = !this.open;
    this.#dismissed = !this.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a check was cut short: check again.
    if (this.hasUpdated && !this.outcome) this.#verify();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#check?.abort();
    document.removeEventListener('keydown', this.#onEscape);
    this.open = this.#pinned = this.#hovered = this.#focused = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('platform') || changed.has('registry') || changed.has('trustedKeys')) this.#verify();
  }

  /** Starts a new check, abandoning any running one. */
  #verify(): void {
    this.#check?.abort();
    const check = new AbortController();
    this.#check = check;
    this.status = 'verifying';
    this.outcome = undefined;
    const { platform, registry } = this;
    const finish = (certificateStatus: CertificateStatus | null, reason: string, verdict?: CertificateVerification) => {
      if (check.signal.aborted) return;
      const status = certificateStatus ? badgeStatusOf(certificateStatus) : 'not-verified';
      // A genuine certificate of this platform (valid, expired or revoked) keeps its status's name.
      const claims = status === certificateStatus ? verdict?.claims : undefined;
      const outcome: Outcome = { certificateStatus, reason, kid: verdict?.kid, claims, checkedAt: new Date() };
      this.outcome = outcome;
      this.status = status;
      this.dispatchEvent(
        new DbiVerifyEvent({
          platform,
          status,
          certificateStatus,
          reason,
          checkedAt: outcome.checkedAt.toISOString(),
          validUntil: claims ? new Date(claims.exp * 1000).toISOString() : null,
        }),
      );
    };
    let verdict: Promise<CertificateVerification>;
    try {
      if (!registry) throw new Error('registry is empty');
      // The attribute's converter keeps text that is not JSON as text, to be refused here.
      const keys: unknown = this.trustedKeys;
      if (typeof keys === 'string') throw new Error('trusted-keys is not JSON');
      if (Array.isArray(keys) && keys.length === 0) throw new Error('No trusted keys: set trusted-keys');
      verdict = verifyPlatformCertificate({ baseUrl: registry, platformId: platform, trustedKeys: this.trustedKeys, signal: check.signal });
    } catch (error) {
      // Called from willUpdate: report after this update, as a later state change.
      void Promise.resolve().then(() => finish(null, (error as Error).message));
      return;
    }
    verdict.then(
      (found) => finish(found.status, found.reason, found),
      // Only an abort rejects, and an aborted check reports nothing.
      () => undefined,
    );
  }

  #formatDate(date: Date, withTime: boolean): string {
    return new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'vi-VN', withTime ? { dateStyle: 'medium', timeStyle: 'medium' } : { dateStyle: 'long' }).format(date);
  }

  /** `platforms/{id}.json` of the registry, or nothing when the registry is not an http(s) URL. */
  #entryUrl(): string | undefined {
    try {
      return registryFileUrl(this.registry, `platforms/${encodeURIComponent(this.platform)}.json`);
    } catch {
      return undefined;
    }
  }

  protected override render() {
    const t = this.strings(badgeStrings);
    const { status, outcome } = this;
    const claims = outcome?.claims;
    // The name is shown only as the certificate signs it: text the registry serves unsigned could
    // put any name beside the certified look.
    const name = claims?.name ?? this.platform;
    // None for the verdicts that the status words already say.
    const reason = outcome && (t.reason as Partial<Record<string, string>>)[outcome.certificateStatus ?? 'setup'];
    const href = this.#entryUrl();
    const row = (label: string, value: string | undefined, part = '') =>
      value ? html`<div class="row"><dt>${label}</dt><dd class=${part}>${value}</dd></div>` : nothing;
    return html`
      <button part="badge" class="badge ${status}" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="details" @click=${this.#toggle}>
        <span part="icon" class="icon">${badgeIcon(status)}</span>
        <span class="text">
          <span part="status" class="status">${t.status[status]}</span>${name ? html`: <span part="name" class="name">${name}</span>` : nothing}
        </span>
      </button>
      <div part="details" id="details" class="details" role="group" aria-label=${t.details} ?hidden=${!this.open}>
        ${reason ? html`<p class="reason">${reason}</p>` : nothing}
        <dl>
          ${row(t.platform, claims ? `${claims.name} (${this.platform})` : this.platform)}
          ${row(t.vendor, claims?.vendor.name)}
          ${row(t.programme, claims ? localized(claims.programme.name, this.language) : undefined)}
          ${row(t.validUntil, claims ? this.#formatDate(new Date(claims.exp * 1000), false) : undefined)}
          ${row(t.issuer, claims?.iss)}
          ${row(t.keyId, outcome?.kid, 'key')}
          ${row(t.checkedAt, outcome ? this.#formatDate(outcome.checkedAt, true) : undefined)}
        </dl>
        ${href ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${t.registryEntry}</a>` : nothing}
      </div>
    `;
  }
}
