/**
 * Shows recorded `<dialog>` elements the way the page had them open. The
 * recorder marks an open dialog with `rr_open_mode`: a modal one must be
 * opened with showModal() to render in the top layer with its backdrop and
 * to make the rest of the page inert. The `open` attribute alone, which
 * cloning and rebuilding keep, only gives the non-modal look.
 */
export function syncDialogs(dialogs: HTMLCollectionOf<Element>): void {
  for (const dialog of dialogs) syncDialog(dialog as HTMLDialogElement);
}

function syncDialog(dialog: HTMLDialogElement): void {
  if (!dialog.isConnected) return;
  const shouldBeModal =
    dialog.hasAttribute('open') &&
    dialog.getAttribute('rr_open_mode') === 'modal';
  const isModal = dialog.matches(':modal');

  if (shouldBeModal && !isModal) {
    // showModal() throws on a dialog that is already open non-modally.
    dialog.removeAttribute('open');
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    }
  } else if (!shouldBeModal && isModal) {
    // close() does nothing once a mutation has removed `open`, and the
    // dialog would stay in the top layer: give it back to close it.
    const stayOpen = dialog.hasAttribute('open');
    dialog.setAttribute('open', '');
    dialog.close();
    if (stayOpen) dialog.setAttribute('open', '');
  }
}
