/**
 * The base of every dbi-kit event: it bubbles and crosses shadow roots, so a page can listen
 * on `document`, and its `detail` is plain data that survives `structuredClone` and JSON.
 */
export class DbiEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, options: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
  }
}
