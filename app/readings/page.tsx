import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { bankExportHref, BANK_FORMATS, ExportFormatLinks, FormatNotes } from "@/components/question/export-links";
import { ReadingByline } from "@/components/reading/reading-header";
import { requireUser } from "@/lib/auth/guard";
import { listReadings } from "@/lib/questions/queries";

export const metadata: Metadata = { title: "Readings" };

export default async function ReadingsPage() {
  const user = await requireUser();
  const isInstructor = user.role !== "STUDENT";
  const readings = await listReadings({ includeCounts: isInstructor, viewer: user });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Readings</h1>
      <Card>
        {readings.length === 0 ? (
          <EmptyState title="No readings yet">Readings appear here once the question banks are imported.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {readings.map((r) => (
              <li key={r.slug} className="space-y-1 py-4 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/readings/${r.slug}`} className="text-lg font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {r.title}
                  </Link>
                  {r.questionCount !== null && (
                    <span className="text-sm text-slate-600">
                      {r.questionCount} question{r.questionCount === 1 ? "" : "s"}
                    </span>
                  )}
                </div>
                <ReadingByline meta={r} />
                {isInstructor && (
                  <p className="text-sm text-slate-700">
                    Export its questions:{" "}
                    <ExportFormatLinks href={bankExportHref(r.slug)} formats={BANK_FORMATS} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {isInstructor && readings.length > 0 && (
        <Card title="About the exports">
          <FormatNotes formats={BANK_FORMATS} />
          <p className="mt-3 text-sm text-slate-700">
            The question bank page exports the questions that cite several readings, any filtered selection, and all banks at once.
          </p>
        </Card>
      )}
    </div>
  );
}
