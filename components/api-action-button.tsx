"use client";
import { useRef, useState, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApi } from "@/components/use-api";

export type Confirmation = { title: string; body?: string; confirmLabel: string };

type Props = Omit<ComponentProps<typeof Button>, "onClick"> & {
  request: { method: string; url: string; body?: unknown };
  /** Asked first in a confirm dialog; no confirmation, no dialog. */
  confirm?: Confirmation;
};

/** A button that sends one request to our API (after an optional confirmation) and shows the server's error. */
export function ApiActionButton({ request, confirm, disabled, ...button }: Props) {
  const { send, error, pending } = useApi();
  const [isAsking, setIsAsking] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);

  async function run() {
    setIsAsking(false);
    await send(request.method, request.url, request.body);
    // The button was disabled while the request ran, which drops keyboard focus: put it back.
    wrapper.current?.querySelector<HTMLButtonElement>(":scope > button")?.focus();
  }

  return (
    <div ref={wrapper} className="space-y-2">
      <Button {...button} aria-haspopup={confirm ? "dialog" : undefined} onClick={() => (confirm ? setIsAsking(true) : run())} disabled={disabled || pending} />
      {confirm && (
        <ConfirmDialog open={isAsking} title={confirm.title} confirmLabel={confirm.confirmLabel} onConfirm={run} onCancel={() => setIsAsking(false)}>
          {confirm.body}
        </ConfirmDialog>
      )}
      <FormError message={error?.message} />
    </div>
  );
}
