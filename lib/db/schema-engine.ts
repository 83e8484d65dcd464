// Loads Prisma's schema engine compiled to WebAssembly. The Prisma CLI would download a
// native engine binary at first use, which fails offline; the WASM build ships inside an
// npm package and talks to the database through the same driver adapter as the app.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let modulePromise: Promise<EngineModule> | undefined;

// The engine reports a Rust panic's message here before it throws "unreachable".
const panic = { message: "" };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    panic.message = message;
  },
};

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as EngineModule;
  const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  // The generated glue expects its own module as the wasm import object ("./schema_engine_bg.js").
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Queryable = { query: (...args: never[]) => unknown };

/**
 * The engine describes a database by reading pg_catalog, whose one-byte `"char"` columns
 * (OID 18) @prisma/adapter-pg rejects as unsupported. pg already returns them as strings,
 * so this reports them as text. Only promise-style calls are patched (the adapter's kind).
 */
function reportCharAsText<T extends Queryable>(target: T): T {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    if (!(out instanceof Promise)) return out;
    return out.then((result: { fields?: { dataTypeID: number }[] }) => {
      for (const field of result?.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
      return result;
    });
  };
  return target;
}

export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export type EngineLog = (line: string) => void;

/**
 * Runs `work` with a schema engine on `connectionString`, then frees the engine and closes its connection (the embedded database
 * accepts one connection at a time). The adapter connects lazily, on the first query.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
  log?: EngineLog,
): Promise<T> {
  modulePromise ??= loadEngineModule();
  const bg = await modulePromise;
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const pool = reportCharAsText(new pg.Pool({ connectionString, max: 1 }));
  pool.on("connect", (client) => reportCharAsText(client));
  pool.on("error", () => {}); // a dropped idle connection surfaces on the next query instead
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (line: string) => log?.(line),
    adapter,
  );
  try {
    return await work(engine);
  } catch (err) {
    if (panic.message) {
      const message = `schema engine panicked: ${panic.message}`;
      panic.message = "";
      throw new Error(message, { cause: err });
    }
    throw err;
  } finally {
    engine.free();
    await pool.end();
  }
}
