"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  /** The confirming button says what will happen ("Remove student"), never just "OK". */
  confirmLabel: string;
  variant?: "primary" | "danger";
  onConfirm: () => void;
  /** Cancel, Escape and a click on the backdrop all land here. */
  onCancel: () => void;
};

/**
 * A modal question before a destructive action, in place of the browser's confirm(): a native <dialog> shown with
 * showModal(), so the rest of the page is inert and Escape cancels. Focus starts on Cancel (the safe choice) and goes
 * back to whatever opened the dialog when it closes.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, variant = "danger", onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      cancelButton.current?.querySelector("button")?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-body` : undefined}
      // Escape closes a modal dialog natively; every close (Escape or ours) reports back and restores focus.
      onClose={() => {
        opener.current?.focus();
        if (open) onCancel();
      }}
      // The content fills the dialog, so a click whose target is the dialog itself fell on the backdrop.
      onClick={(e) => e.target === dialog.current && onCancel()}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="p-6">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {children && (
          <div id={`${id}-body`} className="mt-2 text-sm text-slate-700">
            {children}
          </div>
        )}
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <div ref={cancelButton}>
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
          </div>
          <Button variant={variant} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
