"use client";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

type Props = Omit<ComponentProps<typeof Button>, "onClick"> & {
  request: { method: string; url: string; body?: unknown };
  /** Asked first with the browser's confirm dialog; no question, no dialog. */
  confirm?: string;
};

/** A button that sends one request to our API (after an optional confirmation) and shows the server's error. */
export function ApiActionButton({ request, confirm, disabled, ...button }: Props) {
  const { send, error, pending } = useApi();
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    await send(request.method, request.url, request.body);
  }
  return (
    <div className="space-y-2">
      <Button {...button} onClick={run} disabled={disabled || pending} />
      <FormError message={error?.message} />
    </div>
  );
}
