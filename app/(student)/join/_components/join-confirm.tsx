"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { rememberJoinedClass } from "@/components/joined-class-flash";
import { useApi } from "@/components/use-api";

/** One click joins the class behind the invite link, then takes the student home, where the join is confirmed. */
export function JoinConfirm({ joinCode, name }: { joinCode: string; name: string }) {
  const { send, error, pending } = useApi();
  const router = useRouter();
  async function join() {
    const joined = await send<{ className: string }>("POST", "/api/enrollments", { joinCode });
    if (!joined) return;
    rememberJoinedClass(joined.className);
    router.push("/student");
  }
  return (
    <div className="space-y-3">
      <FormError message={error?.message} />
      <Button onClick={join} disabled={pending}>
        {pending ? "Joining…" : `Join ${name}`}
      </Button>
    </div>
  );
}
