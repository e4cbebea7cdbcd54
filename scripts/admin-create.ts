/**
 * Creates an admin account: `npm run admin:create -- --email you@example.org [--name "Your Name"]`.
 * The password is asked for twice without echo, or read from standard input when it is
 * not a terminal (`printf '%s\n' "$PASSWORD" | npm run admin:create -- --email …`).
 * There is no default password anywhere.
 */
import { createInterface } from "node:readline";
import { openDatabase } from "@/db/client";
import { configuredTarget, describeTarget } from "@/db/target";
import { emailSchema, passwordSchema } from "@/lib/passwords";
import { createUser } from "@/server/services/auth";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Reads one line without echoing it. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let prompted = false;
    output._writeToOutput = (s: string) => {
      if (!prompted) {
        process.stdout.write(s);
        prompted = true;
      }
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readStdinLine(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) data += chunk;
  return data.split(/\r?\n/)[0] ?? "";
}

async function main() {
  const email = emailSchema.safeParse(arg("email") ?? "");
  if (!email.success) {
    console.error(
      `Usage: npm run admin:create -- --email you@example.org [--name "Your Name"]\n--email ${email.error.issues[0]?.message}`,
    );
    process.exit(2);
  }
  const name = (arg("name") ?? email.data.split("@")[0]!).trim();
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden("Password (at least 12 characters): ");
    const again = await askHidden("Repeat the password: ");
    if (again !== password) {
      console.error("The two passwords differ; nothing was created.");
      process.exit(1);
    }
  } else {
    password = await readStdinLine();
  }
  const valid = passwordSchema.safeParse(password);
  if (!valid.success) {
    console.error(`The password ${valid.error.issues[0]?.message}; nothing was created.`);
    process.exit(1);
  }

  const target = configuredTarget();
  const connection = openDatabase(target);
  try {
    await connection.migrate();
    const created = await createUser(connection.db, { email: email.data, name, password, role: "admin" });
    if (!created) {
      console.error(`An account for ${email.data} already exists in ${describeTarget(target)}; nothing was changed.`);
      process.exit(1);
    }
    console.info(`Created admin ${created.email} in ${describeTarget(target)}. Sign in at /admin/login.`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
