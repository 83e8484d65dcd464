/** "OK" when the promise resolves, else the AppError code it rejects with (by code, not class). */
export const codeOf = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => "OK",
    (e: { code?: string }) => e.code ?? `unexpected: ${String(e)}`,
  );
