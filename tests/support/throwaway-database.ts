// A database of its own on a PostgreSQL server (a URL with rights to create databases), for the
// test runner, the tests and the benchmarks that must not share one.
import pg from "pg";

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates the database `name` on the server; returns its URL. */
export async function createDatabase(server: string, name: string): Promise<string> {
  await admin(server, `create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops it, closing any connection still open to it. */
export async function dropDatabase(server: string, name: string): Promise<void> {
  await admin(server, `drop database if exists "${name}" with (force)`);
}
