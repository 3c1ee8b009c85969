/**
 * The resume link: the page's own address with the answers, encoded by the engine's
 * `encodeAnswers`, in the fragment (`#dbi-assessment=…`). A fragment never reaches the server,
 * so the answers do not end up in access logs; the profile is not in it, only the answers.
 */
const KEY = 'dbi-assessment';

/** The page address with the code as its fragment (any other fragment is dropped). */
export function resumeLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = `${KEY}=${encodeURIComponent(code)}`;
  return url.href;
}

/** The code in a fragment (`#dbi-assessment=…`, alone or among `&`-separated pairs), if any. */
export function resumeCodeIn(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  const code = params.get(KEY);
  return code || undefined;
}

/** Takes the code out of the address bar once read, so a reload resumes from autosave instead. */
export function forgetResumeCode(): void {
  const url = new URL(location.href);
  const params = new URLSearchParams(url.hash.replace(/^#/u, ''));
  if (!params.has(KEY)) return;
  params.delete(KEY);
  url.hash = params.toString();
  history.replaceState(history.state, '', url.href.replace(/#$/u, ''));
}
