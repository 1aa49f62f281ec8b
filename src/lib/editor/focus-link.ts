/**
 * A link to a control of the editor (`href="#id"`): following it alone would scroll without
 * focusing the control, so this focuses it instead. Without the control, the link does its own.
 */
export function focusLinkedControl(event: MouseEvent, id: string): void {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  control.focus();
}
