// npm run db:seed — demo organisations, accounts and listings, into an empty database only.
// Runs with the react-server condition (see package.json) because it uses the data layer.
import { disconnectDb } from "../../lib/server/db/client";
import { seedDemo } from "../../lib/server/seed/seed-demo";
import { seedDemoListings } from "../../lib/server/seed/seed-listings";
import { seedDemoOutcomes } from "../../lib/server/seed/demo-outcomes";

const result = await seedDemo();
const listings = await seedDemoListings();
const outcomes = listings ? await seedDemoOutcomes() : null;
if (result.demoPresent) {
  console.log(`[helix] ${result.seeded ? "demo data created. " : ""}Demo accounts (password: ${result.password}):`);
  for (const a of result.accounts) console.log(`  ${a.email.padEnd(28)} ${a.organization ?? "platform admin"}`);
  if (listings) console.log(`[helix] demo listings created: ${listings.offers} technology offers, ${listings.challenges} challenges.`);
  if (outcomes) console.log(`[helix] demo outcome history created: ${outcomes.deals} deals, ${outcomes.contracts} contracts.`);
} else {
  console.log("[helix] the database already has users: no demo data added.");
}
await disconnectDb();
