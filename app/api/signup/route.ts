import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { parseJson, route } from "@/lib/http/handler";
import { signUpSchema } from "@/lib/users/schemas";
import { signUpFrom } from "@/lib/users/sign-up";

export const POST = route(async (req) => {
  const { TRUST_PROXY_HOPS, SIGNUP_LIMIT_PER_HOUR } = env();
  const input = await parseJson(req, signUpSchema);
  const user = await signUpFrom({ input, ip: clientAddress(req.headers, TRUST_PROXY_HOPS), now: new Date(), maxPerHour: SIGNUP_LIMIT_PER_HOUR });
  return Response.json({ user: { id: user.id, role: user.role } }, { status: 201 });
});
