import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { NewUserForm, UserActions } from "./user-controls";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await api.auth.me();
  if (me?.role !== "admin") redirect("/admin");
  const users = await api.users.list();
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">Users</h1>
      <table className="w-full border-collapse text-sm">
        <TableHead columns={[{ label: "Person" }, { label: "Role" }, { label: "Actions" }]} />
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-rule align-top">
              <td className="py-2 pr-3">
                <span className="font-medium">{u.name}</span>
                <span className="block text-muted">{u.email}</span>
                {u.disabledAt && <span className="block text-rose-700 dark:text-rose-300">Disabled</span>}
              </td>
              <td className="py-2 pr-3">{u.role === "admin" ? "Admin" : "Editor"}</td>
              <td className="py-2">
                <UserActions
                  id={u.id}
                  name={u.name}
                  role={u.role}
                  disabled={u.disabledAt !== null}
                  isSelf={u.id === me.id}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-user-heading" className="space-y-3">
        <h2 id="new-user-heading" className="font-serif text-2xl font-semibold">
          New account
        </h2>
        <NewUserForm />
      </section>
    </div>
  );
}
