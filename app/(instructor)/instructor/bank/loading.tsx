import { PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton what="the question bank" cards={3} lines={6} />;
}
