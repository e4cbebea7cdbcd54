import { connection } from "next/server";
import { Suspense } from "react";
import { benchRow } from "@/server/bench-row";

/** Baseline for `npm run bench`: a minimal dynamic page with one primary-key query (404 without BENCH_ROUTES: proxy.ts). */
export default function BenchRowPage() {
  return (
    <main>
      <h1>Baseline</h1>
      <Suspense fallback={null}>
        <Row />
      </Suspense>
    </main>
  );
}

async function Row() {
  await connection();
  const row = await benchRow();
  return <p>{row?.title}</p>;
}
