/**
 * Messages from the provider to the person running `pulumi preview`/`up`.
 * Pulumi's dynamic provider protocol carries no detailed diff, so the update
 * class of a change (live, restart, replace) would be invisible in a preview;
 * we say it as an info diagnostic on the resource, through the engine's Log RPC.
 * The dynamic provider process is started with the engine's address as its
 * first argument.
 */
import * as path from "path";

type EngineClient = { log(req: unknown, cb: (err: Error | null) => void): void };
let client: EngineClient | null | undefined;

function engine(): EngineClient | null {
  if (client !== undefined) return client;
  client = null;
  const addr = process.argv[2];
  if (!addr || !/^[\w.-]+:\d+$/.test(addr)) return client;
  try {
    const sdk = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdk] }));
    const rpc = require("@pulumi/pulumi/proto/engine_grpc_pb.js");
    client = new rpc.EngineClient(addr, grpc.credentials.createInsecure()) as EngineClient;
  } catch {
    client = null; // Not under the engine (tests, scripts): there is no one to tell.
  }
  return client;
}

/** Shows message under the resource's name in the engine's output; resolves once the engine has it. */
export async function tellUser(urn: string, message: string): Promise<void> {
  const c = engine();
  if (!c || !urn) return;
  const proto = require("@pulumi/pulumi/proto/engine_pb.js");
  const req = new proto.LogRequest();
  req.setSeverity(proto.LogSeverity.INFO);
  req.setMessage(message);
  req.setUrn(urn);
  await new Promise<void>((resolve) => c.log(req, () => resolve()));
}
