import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/guard";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { QuizzesPanel } from "../_components/quizzes-panel";

export const metadata: Metadata = { title: "Quizzes" };

export default async function QuizzesPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success) notFound();
  const klass = await getTeachingClass({ classId, instructorId: user.id });
  if (!klass) notFound();
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{klass.name}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Quizzes</h1>
      </div>
      <QuizzesPanel classId={classId} instructorId={user.id} timeZone={user.timeZone} />
    </div>
  );
}
