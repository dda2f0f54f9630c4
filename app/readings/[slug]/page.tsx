import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReadingBody } from "@/components/reading/reading-body";
import { ReadingHeader } from "@/components/reading/reading-header";
import { segmentBlocks } from "@/lib/questions/reading-segments";
import { getCurrentUser, requireUser } from "@/lib/auth/guard";
import { getReadingWithCitations } from "@/lib/questions/queries";
import { slugSchema } from "@/lib/questions/schema-parts";
import { AnnotatedReading } from "./_components/annotated-reading";
import { CitationKey } from "./_components/citation-shades";
import { BackLink } from "@/components/ui/back-link";

type Params = { params: Promise<{ slug: string }> };

import type { Role } from "@/generated/prisma/client";

// One database read per request, shared by the title and the page. Only instructors get the questions.
const loadReading = cache(async (slug: string, role: Role, userId: string) =>
  slugSchema.safeParse(slug).success ? getReadingWithCitations({ slug, includeQuestions: role !== "STUDENT", viewer: { id: userId, role } }) : null,
);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const user = await getCurrentUser();
  const reading = user ? await loadReading((await params).slug, user.role, user.id) : null;
  return { title: reading?.meta.title ?? "Reading" };
}

export default async function ReadingPage({ params }: Params) {
  const { slug } = await params;
  const user = await requireUser();
  const reading = await loadReading(slug, user.role, user.id);
  if (!reading) notFound();
  const { citations } = reading;
  return (
    <div className="space-y-6">
      <BackLink href="/readings">Readings</BackLink>
      <ReadingHeader meta={reading.meta} showSourceNotes={user.role !== "STUDENT"} />
      {citations ? (
        <>
          <CitationKey questionCount={citations.questions.length} />
          <AnnotatedReading blocks={segmentBlocks(reading.blocks, citations.ranges)} questions={citations.questions} />
        </>
      ) : (
        <ReadingBody blocks={reading.blocks} />
      )}
    </div>
  );
}
