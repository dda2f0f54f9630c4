import { PageSkeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return <PageSkeleton what="the question editor" cards={3} lines={5} />;
}
