import { prisma } from "@/lib/db";
import { parseJson, route } from "@/lib/http/handler";
import { signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";

export const POST = route(async (req) => {
  const input = await parseJson(req, signUpSchema);
  const user = await signUp({ db: prisma, input });
  return Response.json({ user: { id: user.id, role: user.role } }, { status: 201 });
});
