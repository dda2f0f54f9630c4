import { PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton what="the readings" cards={1} lines={8} />;
}
