#!/usr/bin/env node
// Paddock's Node.js language host for the Pulumi engine.
//
// Why this exists: the engine is built here from Go modules, and the module proxy
// these machines reach does not serve github.com/pulumi/pulumi/sdk/nodejs/cmd/
// pulumi-language-nodejs at any version (see README, "The Pulumi engine"). The
// language host's job is small: the engine starts it with its own address as the
// last argument, reads the port it prints, and asks it to Run a program. Run
// starts `node @pulumi/pulumi/cmd/run` (the SDK's own program runner, resolved
// from the program's directory) with the arguments and environment it expects.
// Everything else answers the minimum the engine needs for up/preview/refresh/
// destroy; plugin discovery is left to PATH, where the setup puts our plugins.
"use strict";

const path = require("path");
const { spawn } = require("child_process");
// The gRPC stubs and their runtime come from the SDK this checkout installed, and
// grpc-js and protobuf from where the SDK itself resolves them.
const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const fromSdk = (m) => require(require.resolve(m, { paths: [sdkDir] }));
const grpc = fromSdk("@grpc/grpc-js");
const { Empty } = fromSdk("google-protobuf/google/protobuf/empty_pb.js");
const langrpc = require("@pulumi/pulumi/proto/language_grpc_pb.js");
const lang = require("@pulumi/pulumi/proto/language_pb.js");
const plugin = require("@pulumi/pulumi/proto/plugin_pb.js");
const sdkVersion = require("@pulumi/pulumi/package.json").version;

// The SDK's runner exits with this code after it has already shown the user an
// actionable message; the engine must then stop without adding its own.
const EXIT_AFTER_USER_MESSAGE = 32;

const engineAddress = process.argv.slice(2).filter((a) => !a.startsWith("-")).pop() || "";
const running = new Set();

function optionsOf(info) {
  const opts = info && info.getOptions() ? info.getOptions().toJavaScript() : {};
  return {
    typescript: opts.typescript !== false,
    tsconfig: typeof opts.tsconfig === "string" ? opts.tsconfig : "",
    nodeargs: typeof opts.nodeargs === "string" ? opts.nodeargs.split(/\s+/).filter(Boolean) : [],
  };
}

// The runner reads config keys in the old "<namespace>:config:<name>" form.
function configJSON(req) {
  const out = {};
  for (const [key, value] of req.getConfigMap().entries()) {
    const i = key.indexOf(":");
    out[i < 0 ? key : `${key.slice(0, i)}:config:${key.slice(i + 1)}`] = value;
  }
  return JSON.stringify(out);
}

function runnerArgs(req, info) {
  const args = [];
  const add = (flag, value) => { if (value) args.push(`--${flag}`, String(value)); };
  add("monitor", req.getMonitorAddress());
  add("engine", engineAddress);
  add("organization", req.getOrganization());
  add("project", req.getProject());
  add("root-directory", info.getRootDirectory());
  add("stack", req.getStack());
  add("pwd", info.getProgramDirectory() || req.getPwd());
  if (req.getDryrun()) args.push("--dry-run");
  add("parallel", req.getParallel());
  args.push(info.getEntryPoint() || req.getProgram() || ".");
  return args.concat(req.getArgsList());
}

function run(call, callback) {
  const req = call.request;
  const info = req.getInfo() || new lang.ProgramInfo();
  const programDir = info.getProgramDirectory() || req.getPwd() || process.cwd();
  const opts = optionsOf(info);
  let runner;
  try {
    runner = require.resolve("@pulumi/pulumi/cmd/run", { paths: [programDir] });
  } catch (err) {
    const resp = new lang.RunResponse();
    resp.setError(`cannot find @pulumi/pulumi in ${programDir}: run npm install there (${err.message})`);
    return callback(null, resp);
  }
  const env = {
    ...process.env,
    PULUMI_CONFIG: configJSON(req),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(req.getConfigsecretkeysList()),
  };
  if (opts.typescript) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  if (opts.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = opts.tsconfig;
  // PADDOCK_LANGHOST_DEBUG=1 shows the runner's command line in the engine's output.
  if (process.env.PADDOCK_LANGHOST_DEBUG) process.stderr.write(`language host: ${JSON.stringify([runner, ...runnerArgs(req, info)])} cwd=${programDir}\n`);
  const child = spawn(process.execPath, [...opts.nodeargs, runner, ...runnerArgs(req, info)], {
    cwd: programDir,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  running.add(child);
  const resp = new lang.RunResponse();
  child.on("error", (err) => {
    running.delete(child);
    resp.setError(`could not start node for the program: ${err.message}`);
    callback(null, resp);
  });
  child.on("exit", (code, signal) => {
    running.delete(child);
    if (code === EXIT_AFTER_USER_MESSAGE) resp.setBail(true);
    else if (code !== 0) resp.setError(`Program exited with ${signal ? `signal ${signal}` : `non-zero exit code: ${code}`}`);
    callback(null, resp);
  });
}

const service = {
  getPluginInfo(_call, cb) {
    const info = new plugin.PluginInfo();
    info.setVersion(sdkVersion);
    cb(null, info);
  },
  getRequiredPlugins(_call, cb) { cb(null, new lang.GetRequiredPluginsResponse()); },
  getRequiredPackages(_call, cb) { cb(null, new lang.GetRequiredPackagesResponse()); },
  getProgramDependencies(_call, cb) { cb(null, new lang.GetProgramDependenciesResponse()); },
  installDependencies(call) { call.end(); },
  about(_call, cb) {
    const resp = new lang.AboutResponse();
    resp.setExecutable(process.execPath);
    resp.setVersion(process.version);
    cb(null, resp);
  },
  run,
  cancel(_call, cb) {
    for (const child of running) child.kill("SIGINT");
    cb(null, new Empty());
  },
};

const server = new grpc.Server();
server.addService(langrpc.LanguageRuntimeService, service);
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) {
    process.stderr.write(`pulumi-language-nodejs: cannot listen: ${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${port}\n`);
});
// The engine stops plugins with SIGINT/SIGTERM or by closing our stdin.
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
