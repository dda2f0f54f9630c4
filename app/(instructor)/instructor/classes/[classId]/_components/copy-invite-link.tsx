"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The link opens /join: a signed-in student joins in one click; anyone else signs in or signs up with the code filled in. */
export function CopyInviteLink({ joinCode }: { joinCode: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(`${window.location.origin}/join?code=${joinCode}`);
    setCopied(true);
  }
  return (
    <div className="flex items-center gap-2">
      <Button variant="secondary" onClick={copy}>
        Copy invite link
      </Button>
      <span role="status" className="text-sm text-green-800">
        {copied ? "Link copied" : ""}
      </span>
    </div>
  );
}
