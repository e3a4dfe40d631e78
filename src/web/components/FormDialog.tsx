/**
 * Keyboard behaviour of a form in a Modal. The dialog's OK button sits in the footer, outside the <form>, so the
 * browser has no submit button to press on Enter; and antd focuses the first focusable element, the close button.
 */

/**
 * Put inside a dialog's <Form>: Enter in a single-line field submits the form, as it does in any web form (the
 * browser's implicit submission presses the form's first submit button, even an undisplayed one).
 */
export function SubmitOnEnter() {
  return <button type="submit" hidden tabIndex={-1} aria-hidden="true" />;
}

/** A Modal's `afterOpenChange`: once the dialog has opened, the first field of the form named `formName` has the focus. */
export function focusFirstFieldOf(formName: string): (open: boolean) => void {
  return (open) => {
    if (!open) return;
    // antd renders <Form name="x"> as <form id="x">.
    const field = document
      .getElementById(formName)
      ?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button[role="switch"]:not([disabled])');
    field?.focus();
  };
}
