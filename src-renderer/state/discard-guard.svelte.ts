/**
 * "Discard your changes?" for a dialog with a form: Esc, the close button or Cancel close it at once when nothing
 * was typed, and ask first when something was. One guard per dialog; `DiscardConfirm.svelte` shows the question.
 */
export class DiscardGuard {
  /** The question is showing. */
  confirming = $state(false);

  /**
   * @param isDirty whether closing now would throw away something the user typed
   * @param close closes the dialog for good
   */
  constructor(
    private readonly isDirty: () => boolean,
    private readonly close: () => void,
  ) {}

  /** Closes at once when there is nothing to lose, otherwise asks. */
  requestClose = (): void => {
    if (this.isDirty()) this.confirming = true;
    else this.close();
  };

  /** "Cancel" on the question: back to the form, with what was typed. */
  keep = (): void => {
    this.confirming = false;
  };

  /** "Discard" on the question: the dialog closes and what was typed is gone. */
  discard = (): void => {
    this.confirming = false;
    this.close();
  };
}
