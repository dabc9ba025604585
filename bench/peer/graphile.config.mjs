// PostGraphile 5 for bench/peer.sh: the Amber preset in production mode (no GraphiQL, no watch,
// no explain), serving the tables of the public schema its role may read. peer.sh sets the
// environment: PEER_DATABASE_URL, PEER_PORT.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

/** @type {GraphileConfig.Preset} */
export default {
  extends: [PostGraphileAmberPreset],
  // Amber lets only indexed columns be ordered on; a case's victims, accused, charges and hearings
  // are ordered on their position, which leads no index of its own (it follows case_id).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.PEER_DATABASE_URL,
      schemas: ["public"],
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.PEER_PORT),
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};
