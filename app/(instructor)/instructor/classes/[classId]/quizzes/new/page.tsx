import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { listAssignableReadings } from "@/lib/srs/queries";
import { NewQuizForm } from "../_components/new-quiz-form";

export const metadata: Metadata = { title: "New quiz" };

export default async function NewQuizPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success) notFound();
  const klass = await getTeachingClass({ classId, instructorId: user.id });
  if (!klass) notFound();
  const readings = await listAssignableReadings({ classId, instructorId: user.id });
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{klass.name}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">New quiz</h1>
      </div>
      <Card>
        <NewQuizForm classId={classId} readings={readings.map(({ slug, title, assigned }) => ({ slug, title, assigned }))} />
      </Card>
    </div>
  );
}
