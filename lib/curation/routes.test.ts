import { describe, expect, it } from "vitest";
import { adminRoutes } from "./routes";

describe("adminRoutes", () => {
  it("names entity pages by the type's slug", () => {
    expect(adminRoutes.list("argument")).toBe("/admin/arguments");
    expect(adminRoutes.list("legalSource")).toBe("/admin/legal-sources");
    expect(adminRoutes.entity("clashSide", "cs-consultation-yes")).toBe("/admin/clash-sides/cs-consultation-yes");
    expect(adminRoutes.newEntity("quote")).toBe("/admin/quotes/new");
    expect(adminRoutes.history("argument", "a-x")).toBe("/admin/arguments/a-x/history");
    expect(adminRoutes.anchors("doc-article")).toBe("/admin/documents/doc-article/anchors");
    expect(adminRoutes.preview("position", "p-x")).toBe("/admin/preview/positions/p-x");
  });

  it("keeps an odd id inside its own path segment", () => {
    expect(adminRoutes.entity("argument", "../users")).toBe("/admin/arguments/..%2Fusers");
    expect(adminRoutes.history("event", "e?1")).toBe("/admin/events/e%3F1/history");
  });

  it("filters a list with the values that are set", () => {
    expect(adminRoutes.list("case", { text: "2021-syria-border-strikes" })).toBe(
      "/admin/cases?text=2021-syria-border-strikes",
    );
    expect(adminRoutes.list("argument", { text: "", status: undefined, deleted: "1", page: 2 })).toBe(
      "/admin/arguments?deleted=1&page=2",
    );
    expect(adminRoutes.list("argument", { text: undefined, deleted: undefined })).toBe("/admin/arguments");
  });

  it("builds the lesson pages", () => {
    expect(adminRoutes.lesson("K7M2QX")).toBe("/admin/lessons/K7M2QX");
    expect(adminRoutes.lessonSummary("K7M2QX")).toBe("/admin/lessons/K7M2QX/summary");
    expect(adminRoutes.lessonCsv("K7M2QX")).toBe("/admin/lessons/K7M2QX/lesson.csv");
    expect(
      adminRoutes.newLesson({ case: "2021-syria-border-strikes", positions: "p-a,p-b", blind: undefined, order: "5" }),
    ).toBe("/admin/lessons/new?case=2021-syria-border-strikes&positions=p-a,p-b&order=5");
  });

  it("sends the sign-in page on to the whole address asked for", () => {
    expect(adminRoutes.login("/admin/arguments")).toBe("/admin/login?next=%2Fadmin%2Farguments");
    const path = "/admin/lessons/new?case=x&positions=p-a,p-b&order=5";
    expect(adminRoutes.login(path)).toBe(`/admin/login?next=${encodeURIComponent(path).replaceAll("%2C", ",")}`);
    expect(new URLSearchParams(adminRoutes.login(path).split("?")[1]).get("next")).toBe(path);
  });
});
