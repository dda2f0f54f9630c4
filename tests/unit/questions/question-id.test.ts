import { describe, expect, it } from "vitest";
import { baseIdOf, isQuestionId } from "@/lib/questions/question-id";
import { canChangeInPlace, ownedId, ownerOfNew } from "@/lib/questions/ownership";

describe("question ids and owners (decision 008)", () => {
  it("accepts the files' ids and owned ids, nothing else", () => {
    for (const id of ["dip-001", "syn-1234", "dip-001~3fa9c2"]) expect(isQuestionId(id), id).toBe(true);
    for (const id of ["DIP-001", "dip-01", "dip-001~", "dip-001~ab", "dip-001~3fa9c2~3fa9c2", "../dip-001", "dip-001~3FA9C2"]) expect(isQuestionId(id), id).toBe(false);
    expect(baseIdOf("dip-001~3fa9c2")).toBe("dip-001");
    expect(baseIdOf("dip-001")).toBe("dip-001");
  });

  it("gives one owner the same tag on every id, another owner another, and shipped ids none", () => {
    const a = ownedId("dip-001", "user-a");
    expect(a).toMatch(/^dip-001~[0-9a-f]{6}$/);
    expect(ownedId("dip-002", "user-a").split("~")[1]).toBe(a.split("~")[1]);
    expect(ownedId("dip-001", "user-b")).not.toBe(a);
    expect(ownedId("dip-001", "user-a", "random")).toMatch(/^dip-001~[0-9a-f]{6}$/);
    expect(ownedId("dip-001", null)).toBe("dip-001");
    for (const id of [a, ownedId("dip-001", "user-a", "random")]) expect(isQuestionId(id)).toBe(true);
  });

  it("lets the owner change their question, and only an administrator a shipped one", () => {
    const instructor = { id: "user-a", role: "INSTRUCTOR" as const };
    const admin = { id: "admin", role: "ADMIN" as const };
    expect(canChangeInPlace(instructor, { ownerId: "user-a" })).toBe(true);
    expect(canChangeInPlace(instructor, { ownerId: "user-b" })).toBe(false);
    expect(canChangeInPlace(instructor, { ownerId: null })).toBe(false);
    expect(canChangeInPlace(admin, { ownerId: null })).toBe(true);
    expect(canChangeInPlace(admin, { ownerId: "user-a" })).toBe(false);
    expect([ownerOfNew(instructor), ownerOfNew(admin)]).toEqual(["user-a", null]);
  });
});
