/**
 * The resume link: the page's own address with the answers, encoded by the engine's
 * `encodeAnswers`, in the fragment (`#dbi-assessment=…`). A fragment never reaches the server,
 * so the answers do not end up in access logs; the profile is not in it, only the answers.
 * The link itself is made in resume-code.ts, with the encoder it needs (both load lazily).
 */

/** The fragment parameter that carries the code. */
export const RESUME_KEY = 'dbi-assessment';

/** The code in a fragment (`#dbi-assessment=…`, alone or among `&`-separated pairs), if any. */
export function resumeCodeIn(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  const code = params.get(RESUME_KEY);
  return code || undefined;
}

/** Takes the code out of the address bar once read, so a reload resumes from autosave instead. */
export function forgetResumeCode(): void {
  const url = new URL(location.href);
  const params = new URLSearchParams(url.hash.replace(/^#/u, ''));
  if (!params.has(RESUME_KEY)) return;
  params.delete(RESUME_KEY);
  url.hash = params.toString();
  history.replaceState(history.state, '', url.href.replace(/#$/u, ''));
}
