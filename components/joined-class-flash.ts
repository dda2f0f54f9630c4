// "You joined <class>." must survive the move from the invite page to the student's home. It travels in this tab's
// sessionStorage, not in the URL, so nobody can link to a home page that claims a class the student did not join.
const KEY = "lectern:joined-class";

export function rememberJoinedClass(className: string) {
  sessionStorage.setItem(KEY, className);
}

/** The class just joined on another page, once: reading it clears it. */
export function takeJoinedClass(): string | null {
  const name = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  return name;
}

export const joinedMessage = (className: string) => `You joined ${className}.`;
