// Messages the sign-up form recognises; apart from the schemas so the browser bundle stays free of zod and the
// password block list.
export const EMAIL_TAKEN = "An account with this email already exists.";
