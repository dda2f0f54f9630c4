// Prisma CLI only; the app runtime never imports this.
// prisma/orm#27403: with @prisma/adapter-pg 6.x the WASM schema engine's introspection queries
// return columns of PostgreSQL's internal `name` (oid 19) and `"char"` (oid 18) types, which the
// adapter cannot map. Report them as `text` (oid 25); their wire format is identical.
import pg from "pg";

const REMAP: Record<number, number> = { 19: 25, 18: 25 };
type Field = { dataTypeID: number };
const proto = (pg as unknown as { Result: { prototype: { addFields: (f: Field[]) => void } } }).Result.prototype;
const original = proto.addFields;
proto.addFields = function (this: unknown, fieldDescriptions: Field[]) {
  for (const f of fieldDescriptions) if (REMAP[f.dataTypeID]) f.dataTypeID = REMAP[f.dataTypeID];
  return original.call(this, fieldDescriptions);
};
