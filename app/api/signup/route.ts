import { countSignUpAttempt } from "@/lib/auth/throttle";
import { clientIp } from "@/lib/auth/throttle-rules";
import { env } from "@/lib/env";
import { parseJson, route } from "@/lib/http/handler";
import { signUpSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";

export const POST = route(async (req) => {
  const { TRUST_PROXY_HOPS, SIGNUP_LIMIT_PER_HOUR } = env();
  const ip = clientIp(req.headers.get("x-forwarded-for"), TRUST_PROXY_HOPS);
  await countSignUpAttempt({ ip, now: new Date(), maxPerHour: SIGNUP_LIMIT_PER_HOUR });
  const input = await parseJson(req, signUpSchema);
  const user = await signUp({ input });
  return Response.json({ user: { id: user.id, role: user.role } }, { status: 201 });
});
