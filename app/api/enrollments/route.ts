import { requireApiUser } from "@/lib/auth/guard";
import { joinClass } from "@/lib/classes/join-class";
import { joinClassSchema } from "@/lib/classes/schemas";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { parseJson, route } from "@/lib/http/handler";

export const POST = route(async (req) => {
  const user = await requireApiUser("STUDENT");
  const { joinCode } = await parseJson(req, joinClassSchema);
  const joined = await joinClass({ studentId: user.id, joinCode, ip: clientAddress(req.headers, env().TRUST_PROXY_HOPS) });
  return Response.json(joined, { status: 201 });
});
