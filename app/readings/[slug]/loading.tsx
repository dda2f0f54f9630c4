import { PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton what="the reading" cards={1} lines={12} />;
}
