"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";

export function NewUserForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [form, setForm] = useState({ email: "", name: "", password: "", role: "editor" as "editor" | "admin" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: () => {
        setForm({ email: "", name: "", password: "", role: "editor" });
        setErrors({});
        router.refresh();
      },
      onError: (e) =>
        setErrors(
          (e instanceof TRPCClientError ? (e.data as { fieldErrors?: Record<string, string[]> })?.fieldErrors : null) ??
            {},
        ),
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(form);
  };
  const field = (name: "email" | "name" | "password", label: string, type = "text") => (
    <div className="space-y-1">
      <label htmlFor={`new-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`new-${name}`}
        type={type}
        autoComplete={name === "password" ? "new-password" : "off"}
        value={form[name]}
        onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        className={inputClass()}
      />
      {errors[name] && <p className="text-sm text-rose-700 dark:text-rose-300">{errors[name].join("; ")}</p>}
    </div>
  );
  return (
    <Box as="form" onSubmit={submit} className="grid gap-3 sm:grid-cols-2" noValidate>
      {field("email", "Email", "email")}
      {field("name", "Name")}
      {field("password", "Password (12+ characters)", "password")}
      <div className="space-y-1">
        <label htmlFor="new-role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="new-role"
          value={form.role}
          onChange={(e) => setForm((f) => ({ ...f, role: e.target.value as "editor" | "admin" }))}
          className={inputClass()}
        >
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      {create.error && !Object.keys(errors).length && (
        <p role="alert" className="text-sm text-rose-700 sm:col-span-2 dark:text-rose-300">
          {create.error.message}
        </p>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          Create account
        </Button>
      </div>
    </Box>
  );
}

export function UserActions({
  id,
  name,
  role,
  disabled,
  isSelf,
}: {
  id: string;
  name: string;
  role: "editor" | "admin";
  disabled: boolean;
  isSelf: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [said, setSaid] = useState<string | null>(null);
  const opts = { onSuccess: () => router.refresh(), onError: (e: { message: string }) => setSaid(e.message) };
  const setRole = useMutation(trpc.users.setRole.mutationOptions(opts));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions(opts));
  const revoke = useMutation(
    trpc.users.revokeSessions.mutationOptions({
      ...opts,
      onSuccess: (r) => setSaid(`Ended ${r.ended} session${r.ended === 1 ? "" : "s"}.`),
    }),
  );
  if (isSelf) return <span className="text-sm text-muted">This is you</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setRole.mutate({ id, role: role === "admin" ? "editor" : "admin" })}
      >
        Make {role === "admin" ? "editor" : "admin"}
        <span className="sr-only"> ({name})</span>
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setDisabled.mutate({ id, disabled: !disabled })}>
        {disabled ? "Enable" : "Disable"}
        <span className="sr-only"> {name}</span>
      </Button>
      <Button variant="secondary" size="sm" onClick={() => revoke.mutate({ id })}>
        End sessions<span className="sr-only"> of {name}</span>
      </Button>
      {said && (
        <span role="status" className="text-sm text-muted">
          {said}
        </span>
      )}
    </span>
  );
}
