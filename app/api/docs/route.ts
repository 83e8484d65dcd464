import { openApiDocument } from "@/lib/api/openapi";

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** A readable page over /api/v1/openapi.json: every endpoint, its parameters and input schema. */
export function GET(request: Request) {
  const doc = openApiDocument(new URL(request.url).origin);
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { summary: string; parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>).map(([method, op]) => {
        const params = (op.parameters ?? []).map((p) => `<code>${esc(p.name)}</code> (${p.in})`).join(", ");
        const ref = op.requestBody?.content["application/json"]?.schema.$ref?.split("/").pop();
        return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${esc(path)}</code></h2><p>${esc(op.summary)}</p>${params ? `<p>Parameters: ${params}</p>` : ""}${ref ? `<p>Body: <a href="#${ref}">${ref}</a></p>` : ""}</section>`;
      }),
    )
    .join("\n");
  const schemas = Object.entries(doc.components.schemas)
    .map(([name, schema]) => `<section id="${name}"><h2>${name}</h2><pre>${esc(JSON.stringify(schema, null, 2))}</pre></section>`)
    .join("\n");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Helix API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a}h1{color:#115e59}section{border-top:1px solid #e2e8f0;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;color:#0f766e}pre{background:#f8fafc;padding:1rem;overflow:auto;font-size:12px}</style></head>
<body><h1>Helix API v1</h1><p>${esc(doc.info.description)}</p><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI ${doc.openapi}).</p>
${sections}
<h1>Schemas</h1>${schemas}</body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
