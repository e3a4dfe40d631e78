import { useEffect, useRef } from 'react';

/**
 * Keyboard behaviour of a form in a Modal. The dialog's OK button sits in the footer, outside the <form>, so the
 * browser has no submit button to press on Enter; and antd focuses the first focusable element, the close button.
 */

/** Fields where Enter already means something (pick the typed date, choose the highlighted option). */
const ENTER_HAS_A_MEANING = '.ant-picker, .ant-select, textarea';

/**
 * Put inside a dialog's <Form>: Enter in a text field submits the form, as in any web form (the browser's implicit
 * submission presses the form's first submit button, even an undisplayed one). In a date picker or a select, Enter
 * keeps its own meaning and does not submit.
 */
export function SubmitOnEnter() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    // On the document, so the picker's own Enter handling (React, at the root) has run; cancelling the default
    // action still stops the implicit submission, which happens after the event has been dispatched.
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === 'Enter' && target && form.contains(target) && target.closest(ENTER_HAS_A_MEANING)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return <button ref={button} type="submit" hidden tabIndex={-1} aria-hidden="true" />;
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
