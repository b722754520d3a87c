// @ts-nocheck
/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */
/** A kind's schema validator, as Ajv compiles it: true or false, and the errors of the last false. */
export interface Validate { (data: unknown): boolean; errors?: import("ajv").ErrorObject[] | null }
export type ValidatedKind = "container" | "network" | "volume" | "jail" | "zone";
/** Every kind's validator, with the formats its schemas name that are code. */
export function validators(formats: Readonly<Record<"paddock-size", { validate(text: string): boolean }>>): Record<ValidatedKind, Validate> {
const out = {};

out.container = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paddock.dev/schema/container.schema.json","title":"ContainerArgs","description":"A system container: its own root filesystem, process tree, hostname, IPC, network namespace and cgroup, run by an OCI runtime (after LXC, OpenVZ and Linux-VServer).","type":"object","properties":{"name":{"$ref":"defs.schema.json#/$defs/UnitName","description":"The unit's name on the host. Defaults to the Pulumi resource name. Two units on one host cannot share a name.","default":"<the Pulumi resource name>","x-paddock-unit":"name","x-paddock-update":"replace"},"rootfs":{"$ref":"defs.schema.json#/$defs/Rootfs","description":"Where the root filesystem comes from: { busybox: {} }, { directory: \"/abs/path\" }, { tarball: { path, sha256 } } or { debootstrap: { suite, variant?, include?, mirror? } }. The unit writes to its own overlay layer, never to the shared base.","x-paddock-unit":"source","x-paddock-update":"replace"},"command":{"$ref":"defs.schema.json#/$defs/Command","description":"The unit's init process: program and arguments, as an argument vector.","x-paddock-unit":"argv","x-paddock-update":"restart"},"user":{"$ref":"defs.schema.json#/$defs/User","description":"The numeric uid and gid of the init process.","default":{"uid":0,"gid":0},"x-paddock-unit":"ids","x-paddock-update":"restart"},"workdir":{"$ref":"defs.schema.json#/$defs/ContainerPath","description":"The init process's working directory inside the unit.","default":"/","x-paddock-unit":"path","x-paddock-update":"restart"},"hostname":{"$ref":"defs.schema.json#/$defs/Hostname","description":"The host name inside the unit's UTS namespace. Defaults to the unit's name.","default":"<name>","x-paddock-unit":"hostname","x-paddock-update":"restart"},"env":{"$ref":"defs.schema.json#/$defs/Env","description":"Environment variables of the init process, added to PATH and HOSTNAME which Paddock sets.","default":{},"x-paddock-unit":"variables","x-paddock-update":"restart"},"network":{"$ref":"defs.schema.json#/$defs/Network","description":"Network mode: { mode: \"none\" } (own namespace, loopback only), { mode: \"host\" }, or { mode: \"bridge\", network, address? } (eth0 on a Paddock Network).","default":{"mode":"none"},"x-paddock-unit":"mode","x-paddock-update":"restart"},"ports":{"type":"array","items":{"$ref":"defs.schema.json#/$defs/Port"},"description":"Port forwards from the host: { hostPort, containerPort, protocol?, hostAddress? }. Needs network mode \"bridge\". Changed in place (one nftables transaction); the unit keeps running.","default":[],"x-paddock-unit":"ports","x-paddock-update":"live"},"dns":{"$ref":"defs.schema.json#/$defs/Dns","description":"The unit's resolver: { nameservers, search }, written to its /etc/resolv.conf. Unset: the root filesystem's own.","x-paddock-unit":"resolver","x-paddock-update":"restart"},"limits":{"$ref":"defs.schema.json#/$defs/Limits","description":"Resource limits: memory, memorySwap (bytes with units), cpus (cores), cpuset (CPU list), pids (count), io (weight, and bandwidth and operations per disk). Applied to the running unit without a restart.","default":{},"x-paddock-unit":"mixed","x-paddock-update":"live"},"capabilities":{"type":"object","description":"Linux capabilities beyond, or short of, Paddock's default set: the OCI default without NET_RAW (raw and packet sockets) and MKNOD (device nodes), i.e. CHOWN, DAC_OVERRIDE, FSETID, FOWNER, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE. Names as in capabilities(7), with or without CAP_, any case. Adding one also allows the system calls that go with it in the seccomp filter (SYS_ADMIN: mount, unshare, setns...; SYS_PTRACE: ptrace...). Every capability added is one more way out for a compromised unit: add only what the program needs.","properties":{"add":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_]+$"},"maxItems":64,"description":"Capabilities to grant, e.g. [\"NET_RAW\"] for ping over raw sockets."},"drop":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z_]+$"},"maxItems":64,"description":"Capabilities to take away from the default, e.g. [\"CHOWN\"]."}},"additionalProperties":false,"default":{},"x-paddock-unit":"privileges","x-paddock-update":"restart"},"seccomp":{"type":"object","description":"The unit's seccomp filter. By default Paddock's own: system calls are denied (EPERM) unless ordinary services use them; denied are the kernel keyring (keyctl, add_key, request_key), bpf, perf_event_open, userfaultfd, io_uring, module loading, kexec, reboot, swap, setting the clock, the mount family and pivot_root, namespaces (unshare, setns, clone with namespace flags), open_by_handle_at, ptrace and process_vm_*, unless a capability that goes with them is added.","properties":{"allow":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"maxItems":512,"description":"System calls to allow beyond the default, by name (e.g. [\"ptrace\"] for a debugger). Names the host's libseccomp does not know are ignored by the runtime."},"deny":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"maxItems":512,"description":"System calls to deny (EPERM) although the default allows them."},"unconfined":{"type":"boolean","description":"No filter at all: every system call reaches the kernel, as before Paddock filtered. The unit's root can then use every kernel interface its capabilities allow, including the ones behind most container escapes; only for a program that cannot run filtered, and never with untrusted code."}},"additionalProperties":false,"default":{},"x-paddock-unit":"syscalls","x-paddock-update":"restart"},"mounts":{"type":"array","items":{"$ref":"defs.schema.json#/$defs/Mount"},"description":"Extra filesystems: { type: \"bind\", source, target, readOnly? }, { type: \"tmpfs\", target, size? } or { type: \"volume\", source: volume.name, target, readOnly? }.","default":[],"x-paddock-unit":"mounts","x-paddock-update":"restart"},"rlimits":{"$ref":"defs.schema.json#/$defs/Rlimits","description":"Process limits (setrlimit): nofile, nproc, core, memlock, stack.","default":{"nofile":1024},"x-paddock-unit":"count or bytes","x-paddock-update":"restart"},"state":{"type":"string","enum":["running","stopped"],"description":"\"running\": the unit's init runs (started again if it died). \"stopped\": no process runs; its root filesystem and bundle are kept, and \"running\" starts the same unit again.","default":"running","x-paddock-unit":"state","x-paddock-update":"live"},"stopTimeout":{"$ref":"defs.schema.json#/$defs/Duration","description":"How long a stop waits after SIGTERM before SIGKILL.","default":"10s","x-paddock-unit":"duration","x-paddock-update":"live"},"runtime":{"$ref":"defs.schema.json#/$defs/Runtime","description":"OCI runtime: \"auto\", \"runc\" or \"crun\". The output runtime names the one in use; \"auto\" accepts whichever was chosen, so it never shows a change.","default":"auto","x-paddock-unit":"name","x-paddock-update":"replace"},"restart":{"$ref":"defs.schema.json#/$defs/Restart","description":"Whether the unit's init is started again when it exits: \"no\"; \"on-failure\" (exited non-zero, killed by a signal other than SIGTERM, SIGINT, SIGHUP or SIGPIPE, or its start failed); \"always\" (whenever it exits, except when Paddock stops it). Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs), unless \"no\".","default":"no","x-paddock-unit":"policy","x-paddock-update":"live"},"restartDelay":{"$ref":"defs.schema.json#/$defs/Duration","description":"How long after the init exits it is started again, under a restart policy.","default":"1s","x-paddock-unit":"duration","x-paddock-update":"live"},"restartLimit":{"$ref":"defs.schema.json#/$defs/RestartLimit","description":"At most `attempts` starts within `within`; past it the unit stays down (systemd's StartLimitBurst and StartLimitIntervalSec).","default":{"attempts":5,"within":"1m"},"x-paddock-unit":"limit","x-paddock-update":"live"},"startAtBoot":{"type":"boolean","description":"Start the unit when the host boots (with its network, mounts and port forwards), through a systemd service enabled for multi-user.target. Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs).","default":false,"x-paddock-unit":"flag","x-paddock-update":"live"},"userns":{"type":"string","enum":["private","host"],"description":"Whose user ids the unit's processes run as. \"private\" (the default): the unit gets a user namespace of its own, in which its ids 0-65535 are a range of 65536 host ids no other unit has (allocated at `pulumi up`, recorded in the output `idMap`, kept across restarts and reboots), so its root is no one on the host: a process that escapes the unit's namespaces has no privilege over host files, processes or devices. Its root filesystem, bind mounts and volumes are idmapped mounts, so files keep their ids on disk (a shared base stays shared, a jail's path and a bind source are written with the unit's ids as the unit sees them). \"host\": the unit's ids are the host's own (uid 0 inside is uid 0 outside), as every unit had before user namespaces were the default (a unit made then keeps them until it is replaced); only for a program that must own host files by their host ids, or a bind source on a filesystem that cannot be idmapped, and never with untrusted code. Changing it replaces the unit.","default":"private","x-paddock-unit":"ids","x-paddock-update":"replace"},"connection":{"$ref":"defs.schema.json#/$defs/Connection","description":"The host the unit runs on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the unit; a new host or port moves the unit there as an update: its own layer and the volumes it mounts are copied while it runs, then it stops, what changed is copied, and it starts there (see the README's \"Moving a unit to another host\"); a failure leaves it running where it was.","x-paddock-unit":"ssh","x-paddock-update":"host"},"stateRoot":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"Paddock's state directory on the host: bases, units and runtime state live under it, and Paddock deletes nothing outside it. When unset, the environment variable PADDOCK_STATE_ROOT of the Pulumi program, else /var/lib/paddock.","default":"/var/lib/paddock","x-paddock-unit":"path","x-paddock-update":"replace"},"adopt":{"type":"boolean","description":"Bring a unit that already exists on the host under this stack instead of creating it: the same name under the same state root, made by another stack or by this one before its state was lost. The running unit is kept (same init process) when it matches the program; a live or restart-class difference is then applied as an update; a difference that would replace it (rootfs, name, runtime, state root) is refused. Without it, a create that finds such a unit refuses and names its owner. Read only when the resource is created.","default":false,"x-paddock-unit":"flag","x-paddock-update":"none"}},"required":["rootfs","command"],"additionalProperties":false};
const schema33 = {"title":"UnitName","description":"A unit's name on the host: lowercase letters, digits and '-', starting with a letter or digit, at most 40 characters. Host objects (runtime id, cgroup, state directory) are named after it.","type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,39}$","x-paddock-unit":"name"};
const schema37 = {"title":"Command","description":"The argument vector of the unit's process: the program (an absolute path inside the unit) followed by its arguments. Never run through a shell unless you name one.","type":"array","minItems":1,"prefixItems":[{"type":"string","pattern":"^/[^\\u0000]*$","description":"The program: an absolute path inside the unit's root filesystem."}],"items":{"type":"string","pattern":"^[^\\u0000]*$"},"x-paddock-unit":"argv"};
const schema38 = {"title":"User","description":"The numeric user and group the init process runs as.","type":"object","properties":{"uid":{"type":"integer","minimum":0,"maximum":4294967294,"description":"User id."},"gid":{"type":"integer","minimum":0,"maximum":4294967294,"description":"Group id."}},"required":["uid","gid"],"additionalProperties":false,"x-paddock-unit":"ids"};
const schema39 = {"title":"ContainerPath","description":"An absolute path inside the unit, with no '.' or '..' components.","type":"string","pattern":"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$","maxLength":4096,"x-paddock-unit":"path"};
const schema40 = {"title":"Hostname","description":"An RFC 1123 host name: dot-separated labels of letters, digits and '-', each 1-63 characters, 253 in all.","type":"string","maxLength":253,"pattern":"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-paddock-unit":"hostname"};
const schema41 = {"title":"Env","description":"Environment variables of the unit's process. Names are POSIX names (letters, digits, '_', not starting with a digit); values are strings without NUL bytes.","type":"object","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":255},"additionalProperties":{"type":"string","pattern":"^[^\\u0000]*$"},"x-paddock-unit":"variables"};
const schema65 = {"title":"Rlimits","description":"Process resource limits (setrlimit) of the init process, inherited by its children. Each value sets both the soft and the hard limit.","type":"object","properties":{"nofile":{"type":"integer","minimum":1,"maximum":1048576,"description":"Open files (RLIMIT_NOFILE)."},"nproc":{"type":"integer","minimum":1,"description":"Processes of the unit's user (RLIMIT_NPROC)."},"core":{"type":"integer","minimum":0,"description":"Core file size in bytes (RLIMIT_CORE)."},"memlock":{"type":"integer","minimum":0,"description":"Locked memory in bytes (RLIMIT_MEMLOCK)."},"stack":{"type":"integer","minimum":16384,"description":"Stack size in bytes (RLIMIT_STACK)."}},"additionalProperties":false,"x-paddock-unit":"count or bytes"};
const schema66 = {"title":"Duration","description":"A duration with units: ms, s, m, h, combinable as in \"1m30s\".","type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","x-paddock-unit":"duration"};
const schema67 = {"title":"Runtime","description":"The OCI runtime that runs the unit. \"auto\" picks one that works on this host: crun on cgroup v2 hosts when installed, otherwise runc.","type":"string","enum":["auto","runc","crun"],"x-paddock-unit":"name"};
const schema68 = {"title":"Restart","description":"Whether the unit's init is started again when it exits: \"no\"; \"on-failure\" (exited non-zero, killed by a signal other than SIGTERM, SIGINT, SIGHUP or SIGPIPE, or its start failed); \"always\" (whenever it exits, except when Paddock stops it). Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs), unless \"no\".","type":"string","enum":["no","on-failure","always"],"x-paddock-unit":"policy"};
const schema72 = {"title":"Connection","description":"The host this resource lives on, reached over SSH; absent means the machine that runs Pulumi. Paddock opens one connection per host per operation, ships its engine there once per version (under the login's home, .cache/paddock/agent) and runs it with the host's own `node` (Node.js 20 or later). Every path of the resource (stateRoot, rootfs tarball or directory, bind sources, a jail's path, a zonepath) is on that host; names are unique per host.","type":"object","properties":{"host":{"type":"string","minLength":1,"maxLength":253,"pattern":"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$","description":"The host's name or address."},"port":{"type":"integer","minimum":1,"maximum":65535,"default":22,"description":"Its SSH port."},"user":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[a-z_][a-z0-9_.-]*$","default":"root","description":"The login: root, or a user whose operations may run as root (Paddock drives namespaces, cgroups and mounts)."},"privateKey":{"type":"string","minLength":1,"description":"The login's private key (OpenSSH or PEM text). Pass it as a secret (pulumi.secret or a secret config value): the resource's connection is then kept secret in the state."},"privateKeyPath":{"type":"string","minLength":1,"description":"The login's private key as a file on the machine that runs Pulumi. Without privateKey or privateKeyPath, the ssh-agent at SSH_AUTH_SOCK."},"hostKey":{"type":"string","minLength":1,"description":"The host's public key, pinned: \"ssh-ed25519 AAAA...\" (its /etc/ssh/ssh_host_ed25519_key.pub, or a line of ssh-keyscan) or its fingerprint \"SHA256:...\" (ssh-keygen -lf). A host that presents another key is refused, naming both."}},"required":["host","hostKey"],"additionalProperties":false,"x-paddock-unit":"ssh"};
const schema35 = {"title":"AbsolutePath","description":"An absolute path on the host with no '.' or '..' components and no empty components.","type":"string","pattern":"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$","maxLength":4096,"x-paddock-unit":"path"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,39}$", "u");
const pattern11 = new RegExp("^/[^\\u0000]*$", "u");
const pattern12 = new RegExp("^[^\\u0000]*$", "u");
const pattern5 = new RegExp("^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$", "u");
const pattern14 = new RegExp("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern15 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern28 = new RegExp("^[A-Za-z_]+$", "u");
const pattern30 = new RegExp("^[a-z0-9_]+$", "u");
const pattern38 = new RegExp("^([0-9]+(ms|s|m|h))+$", "u");
const pattern41 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$", "u");
const pattern42 = new RegExp("^[a-z_][a-z0-9_.-]*$", "u");
const schema34 = {"title":"Rootfs","description":"Where the unit's root filesystem comes from. Exactly one source. Each source becomes a shared, read-only base in a content-addressed cache under the state root (built once, however many units use it); the unit writes to its own overlay upper layer.","type":"object","oneOf":[{"title":"BusyboxRootfs","type":"object","description":"A minimal root filesystem built once from the host's busybox (Debian package busybox-static) and shared by every unit that uses it.","properties":{"busybox":{"title":"BusyboxSource","type":"object","description":"Options for the busybox base (none yet).","properties":{},"additionalProperties":false}},"required":["busybox"],"additionalProperties":false},{"title":"DirectoryRootfs","type":"object","description":"An existing directory on the host, used read-only as the lower layer: the unit never writes to it.","properties":{"directory":{"$ref":"#/$defs/AbsolutePath"}},"required":["directory"],"additionalProperties":false},{"title":"TarballRootfs","type":"object","description":"A tar archive of a root filesystem, plain or compressed with gzip, xz, zstd or bzip2 (told by its first bytes, not its name), verified against its sha256 before anything is extracted.","properties":{"tarball":{"title":"TarballSource","type":"object","properties":{"path":{"$ref":"#/$defs/AbsolutePath","description":"The archive on the host."},"sha256":{"type":"string","pattern":"^[0-9a-fA-F]{64}$","description":"The archive's SHA-256, as 64 hex digits (sha256sum prints it)."}},"required":["path","sha256"],"additionalProperties":false}},"required":["tarball"],"additionalProperties":false},{"title":"DebootstrapRootfs","type":"object","description":"A Debian (or derivative) root filesystem built by debootstrap.","properties":{"debootstrap":{"title":"DebootstrapSource","type":"object","properties":{"suite":{"type":"string","pattern":"^[a-z][a-z0-9-]{1,30}$","description":"The release, e.g. \"bookworm\"."},"variant":{"type":"string","enum":["minbase","buildd","default"],"default":"minbase","description":"debootstrap's --variant: \"minbase\" (essential packages and apt), \"buildd\", or \"default\"."},"include":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9+.-]+$","description":"A Debian package name: lowercase letters, digits, '+', '-' and '.', starting with a letter or digit."},"default":[],"description":"Extra packages to install, e.g. [\"busybox\", \"python3-minimal\"]."},"mirror":{"type":"string","pattern":"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$","description":"The Debian mirror. Default: the first deb.debian.org-style mirror in the host's apt sources."}},"required":["suite"],"additionalProperties":false}},"required":["debootstrap"],"additionalProperties":false}],"x-paddock-unit":"source"};
const pattern7 = new RegExp("^[0-9a-fA-F]{64}$", "u");
const pattern8 = new RegExp("^[a-z][a-z0-9-]{1,30}$", "u");
const pattern9 = new RegExp("^[a-z0-9][a-z0-9+.-]+$", "u");
const pattern10 = new RegExp("^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.busybox === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "busybox"},message:"must have required property '"+"busybox"+"'",schema:schema34.oneOf[0].required,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "busybox")){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.busybox !== undefined){
let data0 = data.busybox;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const err3 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].properties.busybox.type,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.directory === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "directory"},message:"must have required property '"+"directory"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "directory")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.directory !== undefined){
let data1 = data.directory;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err8 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data1)){
const err9 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tarball === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "tarball"},message:"must have required property '"+"tarball"+"'",schema:schema34.oneOf[2].required,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "tarball")){
const err13 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tarball !== undefined){
let data2 = data.tarball;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.path === undefined){
const err14 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.sha256 === undefined){
const err15 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key4 in data2){
if(!((key4 === "path") || (key4 === "sha256"))){
const err16 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.path !== undefined){
let data3 = data2.path;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err17 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern5.test(data3)){
const err18 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.sha256 !== undefined){
let data4 = data2.sha256;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err20 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{64}$"+"\"",schema:"^[0-9a-fA-F]{64}$",parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[2].properties.tarball.properties.sha256.type,parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].properties.tarball.type,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].type,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.debootstrap === undefined){
const err24 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "debootstrap"},message:"must have required property '"+"debootstrap"+"'",schema:schema34.oneOf[3].required,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data){
if(!(key5 === "debootstrap")){
const err25 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.debootstrap !== undefined){
let data5 = data.debootstrap;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.suite === undefined){
const err26 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'",schema:schema34.oneOf[3].properties.debootstrap.required,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key6 in data5){
if(!((((key6 === "suite") || (key6 === "variant")) || (key6 === "include")) || (key6 === "mirror"))){
const err27 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.suite !== undefined){
let data6 = data5.suite;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err28 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,30}$"+"\"",schema:"^[a-z][a-z0-9-]{1,30}$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.suite.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.variant !== undefined){
let data7 = data5.variant;
if(typeof data7 !== "string"){
const err30 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data7 === "minbase") || (data7 === "buildd")) || (data7 === "default"))){
const err31 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[3].properties.debootstrap.properties.variant.enum},message:"must be equal to one of the allowed values",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.enum,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.include !== undefined){
let data8 = data5.include;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err32 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9+.-]+$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9+.-]+$"+"\"",schema:"^[a-z0-9][a-z0-9+.-]+$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.include.items.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/debootstrap/include",schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[3].properties.debootstrap.properties.include.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.mirror !== undefined){
let data10 = data5.mirror;
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err35 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/pattern",keyword:"pattern",params:{pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"},message:"must match pattern \""+"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"+"\"",schema:"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.mirror.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].properties.debootstrap.type,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].type,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err39 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema42 = {"title":"Network","description":"The unit's network. \"none\": its own network namespace with only the loopback interface, up. \"host\": the host's network namespace, shared. \"bridge\": its own namespace with eth0 on a Paddock Network's bridge, an address from its subnet and a default route via its gateway.","type":"object","properties":{"mode":{"type":"string","enum":["none","host","bridge"],"default":"none","description":"\"none\" (own namespace, loopback only), \"host\" (share the host's network stack) or \"bridge\" (eth0 on a Paddock Network)."},"network":{"$ref":"#/$defs/UnitName","description":"With mode \"bridge\": the name of the Paddock Network (its output `name`)."},"address":{"$ref":"#/$defs/IPv4","description":"With mode \"bridge\": the unit's address in the Network's subnet. Omit it to have one allocated; the allocation is kept in the stack."}},"required":["mode"],"additionalProperties":false,"x-paddock-unit":"mode","if":{"properties":{"mode":{"const":"bridge"}}},"then":{"required":["mode","network"]},"else":{"properties":{"network":false,"address":false}}};
const schema44 = {"title":"IPv4","description":"An IPv4 address in dotted-quad form, e.g. \"10.77.0.10\".","type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-paddock-unit":"IPv4 address"};
const pattern18 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode !== undefined){
if("bridge" !== data.mode){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema42.then.required,parentSchema:schema42.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.network === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema42.then.required,parentSchema:schema42.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.network !== undefined){
const err3 = {instancePath:instancePath+"/network",schemaPath:"#/else/properties/network/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema42.else.properties.network,data:data.network};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.address !== undefined){
const err4 = {instancePath:instancePath+"/address",schemaPath:"#/else/properties/address/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema42.else.properties.address,data:data.address};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.network = true;
props0.address = true;
props0.mode = true;
}
ifClause0 = "else";
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema42.if,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "mode") || (key0 === "network")) || (key0 === "address"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mode !== undefined){
let data3 = data.mode;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.mode.type,parentSchema:schema42.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data3 === "none") || (data3 === "host")) || (data3 === "bridge"))){
const err9 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema42.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.mode.enum,parentSchema:schema42.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.network !== undefined){
let data4 = data.network;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/network",schemaPath:"#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/network",schemaPath:"#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.address !== undefined){
let data5 = data.address;
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
const err12 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"title":"Port","description":"A port forward from the host to the unit (nftables DNAT in a table of the unit's own).","type":"object","properties":{"hostPort":{"type":"integer","minimum":1,"maximum":65535,"description":"The port on the host."},"containerPort":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the unit."},"protocol":{"type":"string","enum":["tcp","udp"],"default":"tcp","description":"\"tcp\" or \"udp\"."},"hostAddress":{"$ref":"#/$defs/IPv4","default":"0.0.0.0","description":"The host address to listen on; \"0.0.0.0\" is every local address."}},"required":["hostPort","containerPort"],"additionalProperties":false,"x-paddock-unit":"port"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostPort === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostPort"},message:"must have required property '"+"hostPort"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.containerPort === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containerPort"},message:"must have required property '"+"containerPort"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "hostPort") || (key0 === "containerPort")) || (key0 === "protocol")) || (key0 === "hostAddress"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.hostPort !== undefined){
let data0 = data.hostPort;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err3 = {instancePath:instancePath+"/hostPort",schemaPath:"#/properties/hostPort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.hostPort.type,parentSchema:schema45.properties.hostPort,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 65535 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/hostPort",schemaPath:"#/properties/hostPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.hostPort,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/hostPort",schemaPath:"#/properties/hostPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.hostPort,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.containerPort !== undefined){
let data1 = data.containerPort;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/containerPort",schemaPath:"#/properties/containerPort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.containerPort.type,parentSchema:schema45.properties.containerPort,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 65535 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/containerPort",schemaPath:"#/properties/containerPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema45.properties.containerPort,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/containerPort",schemaPath:"#/properties/containerPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.containerPort,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.protocol !== undefined){
let data2 = data.protocol;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.protocol.type,parentSchema:schema45.properties.protocol,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data2 === "tcp") || (data2 === "udp"))){
const err10 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema45.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.protocol.enum,parentSchema:schema45.properties.protocol,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.hostAddress !== undefined){
let data3 = data.hostAddress;
if(typeof data3 === "string"){
if(!pattern18.test(data3)){
const err11 = {instancePath:instancePath+"/hostAddress",schemaPath:"#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/hostAddress",schemaPath:"#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"title":"Dns","description":"The unit's /etc/resolv.conf.","type":"object","properties":{"nameservers":{"type":"array","items":{"$ref":"#/$defs/IPv4"},"maxItems":3,"description":"Name servers, at most 3 (the resolver's limit)."},"search":{"type":"array","items":{"$ref":"#/$defs/Hostname"},"maxItems":6,"description":"Search domains."}},"additionalProperties":false,"x-paddock-unit":"resolver"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "nameservers") || (key0 === "search"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.nameservers !== undefined){
let data0 = data.nameservers;
if(Array.isArray(data0)){
if(data0.length > 3){
const err1 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema47.properties.nameservers,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern18.test(data1)){
const err2 = {instancePath:instancePath+"/nameservers/" + i0,schemaPath:"#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/nameservers/" + i0,schemaPath:"#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.nameservers.type,parentSchema:schema47.properties.nameservers,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.search !== undefined){
let data2 = data.search;
if(Array.isArray(data2)){
if(data2.length > 6){
const err5 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items",schema:6,parentSchema:schema47.properties.search,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err6 = {instancePath:instancePath+"/search/" + i1,schemaPath:"#/$defs/Hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern14.test(data3)){
const err7 = {instancePath:instancePath+"/search/" + i1,schemaPath:"#/$defs/Hostname/pattern",keyword:"pattern",params:{pattern: "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/search/" + i1,schemaPath:"#/$defs/Hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.search.type,parentSchema:schema47.properties.search,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"title":"Limits","description":"Resource limits, enforced by the unit's cgroup (v1 or v2, detected). Unset limits are unlimited.","type":"object","properties":{"memory":{"$ref":"#/$defs/Bytes","description":"Memory limit (v1 memory.limit_in_bytes, v2 memory.max). At least 4MiB."},"memorySwap":{"$ref":"#/$defs/Bytes","description":"Memory plus swap limit, as in Docker (v1 memory.memsw.limit_in_bytes, v2 memory.swap.max = memorySwap - memory). Needs memory, and is at least memory."},"cpus":{"type":"number","exclusiveMinimum":0,"maximum":1024,"description":"CPU time as a number of cores, e.g. 0.5 (CFS quota over a 100ms period: v1 cpu.cfs_quota_us, v2 cpu.max)."},"cpuset":{"$ref":"#/$defs/Cpuset","description":"Host CPUs the unit may run on (cpuset.cpus), e.g. \"0-1\"."},"pids":{"type":"integer","minimum":0,"maximum":4194304,"description":"Most processes and threads the unit may have at once (pids.max). Default 2048 (podman's default), so a fork bomb inside a unit cannot take every pid on the host; set a larger number for a unit that runs more, or 0 for no limit.","default":2048},"io":{"$ref":"#/$defs/IoLimits"}},"additionalProperties":false,"x-paddock-unit":"mixed"};
const schema51 = {"title":"Bytes","description":"A size in bytes with a unit: B, KiB, MiB, GiB, TiB (powers of 1024) or kB, MB, GB, TB (powers of 1000), e.g. \"64MiB\". Sizes that are equal compare equal (\"65536KiB\" is \"64MiB\"). At most 8PiB, the largest size a number holds exactly.","type":"string","pattern":"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$","x-paddock-unit":"bytes","format":"paddock-size"};
const schema53 = {"title":"Cpuset","description":"Host CPUs as a list of numbers and ranges, e.g. \"0\", \"0-3\", \"0,2-3\".","type":"string","pattern":"^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$","x-paddock-unit":"cpu list"};
const formats0 = formats["paddock-size"];
const pattern22 = new RegExp("^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$", "u");
const pattern24 = new RegExp("^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$", "u");
const schema54 = {"title":"IoLimits","description":"Block I/O limits (v1 blkio, v2 io): a relative weight, and read/write bandwidth and operation caps per disk, as Docker's --blkio-weight and --device-read-bps/--device-write-bps/--device-read-iops/--device-write-iops.","type":"object","properties":{"weight":{"type":"integer","minimum":10,"maximum":1000,"description":"Relative I/O weight under contention, 10-1000, as Docker's --blkio-weight (OCI blockIO.weight): v1 blkio.bfq.weight, v2 io.bfq.weight where the kernel has BFQ, else v2 io.weight on its 1-10000 scale as runc and crun write it (1 + (weight-10)*9999/990). It takes effect on disks whose I/O scheduler is BFQ (v2 io.weight: where io.cost is enabled); elsewhere it is recorded in the cgroup and has no effect."},"devices":{"type":"array","maxItems":64,"description":"Caps per disk. Each disk once; a whole disk, not a partition (the kernel throttles disks).","items":{"$ref":"#/$defs/IoDeviceLimit"}}},"additionalProperties":false};
const schema55 = {"title":"IoDeviceLimit","description":"Caps on one disk's I/O from the unit (v1 blkio.throttle.*_device, v2 io.max). Reads served from the page cache and writes not yet written back are not counted by the kernel: the caps bound what reaches the disk.","type":"object","properties":{"path":{"type":"string","pattern":"^/dev/","description":"The disk's device node on the host, e.g. \"/dev/vda\" or a /dev/disk/by-id link (`lsblk -d` lists disks). Checked at `pulumi up`: it must be a block device and a whole disk."},"readBps":{"$ref":"#/$defs/Bytes","description":"Bytes read from the disk per second at most, e.g. \"10MiB\"."},"writeBps":{"$ref":"#/$defs/Bytes","description":"Bytes written to the disk per second at most."},"readIops":{"type":"integer","minimum":1,"maximum":1000000000,"description":"Read operations per second at most."},"writeIops":{"type":"integer","minimum":1,"maximum":1000000000,"description":"Write operations per second at most."}},"required":["path"],"minProperties":2,"additionalProperties":false};
const pattern25 = new RegExp("^/dev/", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 2){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "path") || (key0 === "readBps")) || (key0 === "writeBps")) || (key0 === "readIops")) || (key0 === "writeIops"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(!pattern25.test(data0)){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/pattern",keyword:"pattern",params:{pattern: "^/dev/"},message:"must match pattern \""+"^/dev/"+"\"",schema:"^/dev/",parentSchema:schema55.properties.path,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.path.type,parentSchema:schema55.properties.path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.readBps !== undefined){
let data1 = data.readBps;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err5 = {instancePath:instancePath+"/readBps",schemaPath:"#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/readBps",schemaPath:"#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/readBps",schemaPath:"#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.writeBps !== undefined){
let data2 = data.writeBps;
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
const err8 = {instancePath:instancePath+"/writeBps",schemaPath:"#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats0.validate(data2))){
const err9 = {instancePath:instancePath+"/writeBps",schemaPath:"#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/writeBps",schemaPath:"#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.readIops !== undefined){
let data3 = data.readIops;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err11 = {instancePath:instancePath+"/readIops",schemaPath:"#/properties/readIops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.readIops.type,parentSchema:schema55.properties.readIops,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 1000000000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/readIops",schemaPath:"#/properties/readIops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema55.properties.readIops,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/readIops",schemaPath:"#/properties/readIops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.readIops,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.writeIops !== undefined){
let data4 = data.writeIops;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err14 = {instancePath:instancePath+"/writeIops",schemaPath:"#/properties/writeIops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.properties.writeIops.type,parentSchema:schema55.properties.writeIops,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 1000000000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/writeIops",schemaPath:"#/properties/writeIops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema55.properties.writeIops,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/writeIops",schemaPath:"#/properties/writeIops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.properties.writeIops,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "weight") || (key0 === "devices"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.weight !== undefined){
let data0 = data.weight;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.weight.type,parentSchema:schema54.properties.weight,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema54.properties.weight,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 10 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema54.properties.weight,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.devices !== undefined){
let data1 = data.devices;
if(Array.isArray(data1)){
if(data1.length > 64){
const err4 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema54.properties.devices,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data1[i0], {instancePath:instancePath+"/devices/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.devices.type,parentSchema:schema54.properties.devices,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "memory") || (key0 === "memorySwap")) || (key0 === "cpus")) || (key0 === "cpuset")) || (key0 === "pids")) || (key0 === "io"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.memory !== undefined){
let data0 = data.memory;
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
const err1 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.memorySwap !== undefined){
let data1 = data.memorySwap;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err4 = {instancePath:instancePath+"/memorySwap",schemaPath:"#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/memorySwap",schemaPath:"#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/memorySwap",schemaPath:"#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cpus !== undefined){
let data2 = data.cpus;
if(typeof data2 == "number"){
if(data2 > 1024 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024",schema:1024,parentSchema:schema50.properties.cpus,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema50.properties.cpus,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema50.properties.cpus.type,parentSchema:schema50.properties.cpus,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cpuset !== undefined){
let data3 = data.cpuset;
if(typeof data3 === "string"){
if(!pattern24.test(data3)){
const err10 = {instancePath:instancePath+"/cpuset",schemaPath:"#/$defs/Cpuset/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$"+"\"",schema:"^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$",parentSchema:schema53,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/cpuset",schemaPath:"#/$defs/Cpuset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.pids !== undefined){
let data4 = data.pids;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err12 = {instancePath:instancePath+"/pids",schemaPath:"#/properties/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.pids.type,parentSchema:schema50.properties.pids,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 4194304 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/pids",schemaPath:"#/properties/pids/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4194304},message:"must be <= 4194304",schema:4194304,parentSchema:schema50.properties.pids,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/pids",schemaPath:"#/properties/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema50.properties.pids,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.io !== undefined){
if(!(validate31(data.io, {instancePath:instancePath+"/io",parentData:data,parentDataProperty:"io",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = {"title":"Mount","description":"A filesystem mounted into the unit: a bind mount of a host path, a tmpfs, or a Paddock Volume.","type":"object","oneOf":[{"title":"BindMount","type":"object","properties":{"type":{"const":"bind","description":"A host file or directory, bind-mounted."},"source":{"$ref":"#/$defs/AbsolutePath","description":"The host path; it must exist."},"target":{"$ref":"#/$defs/ContainerPath","description":"Where it appears inside the unit."},"readOnly":{"type":"boolean","default":false,"description":"Mount it read-only."},"unsafeHostWrite":{"type":"boolean","default":false,"description":"Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only."}},"required":["type","source","target"],"additionalProperties":false},{"title":"TmpfsMount","type":"object","properties":{"type":{"const":"tmpfs","description":"A memory-backed filesystem, empty at every start."},"target":{"$ref":"#/$defs/ContainerPath","description":"Where it appears inside the unit."},"size":{"$ref":"#/$defs/Bytes","description":"Its size limit. Default: half the host's memory (the kernel's default)."},"readOnly":{"type":"boolean","default":false,"description":"Mount it read-only."}},"required":["type","target"],"additionalProperties":false},{"title":"VolumeMount","type":"object","properties":{"type":{"const":"volume","description":"A Paddock Volume: data that outlives the unit."},"source":{"$ref":"#/$defs/UnitName","description":"The Volume's name (its output `name`)."},"target":{"$ref":"#/$defs/ContainerPath","description":"Where it appears inside the unit."},"readOnly":{"type":"boolean","default":false,"description":"Mount it read-only."}},"required":["type","source","target"],"additionalProperties":false}],"x-paddock-unit":"mount"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.target === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "source")) || (key0 === "target")) || (key0 === "readOnly")) || (key0 === "unsafeHostWrite"))){
const err4 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if("bind" !== data0){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "bind"},message:"must be equal to constant",schema:"bind",parentSchema:schema58.oneOf[0].properties.type,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.target !== undefined){
let data2 = data.target;
if(typeof data2 === "string"){
if(func2(data2) > 4096){
const err9 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern5.test(data2)){
const err10 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.readOnly !== undefined){
let data3 = data.readOnly;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/readOnly",schemaPath:"#/oneOf/0/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.oneOf[0].properties.readOnly.type,parentSchema:schema58.oneOf[0].properties.readOnly,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.unsafeHostWrite !== undefined){
let data4 = data.unsafeHostWrite;
if(typeof data4 !== "boolean"){
const err13 = {instancePath:instancePath+"/unsafeHostWrite",schemaPath:"#/oneOf/0/properties/unsafeHostWrite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.oneOf[0].properties.unsafeHostWrite.type,parentSchema:schema58.oneOf[0].properties.unsafeHostWrite,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[0].type,parentSchema:schema58.oneOf[0],data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err15 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.target === undefined){
const err16 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "type") || (key1 === "target")) || (key1 === "size")) || (key1 === "readOnly"))){
const err17 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[1],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if("tmpfs" !== data5){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "tmpfs"},message:"must be equal to constant",schema:"tmpfs",parentSchema:schema58.oneOf[1].properties.type,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.target !== undefined){
let data6 = data.target;
if(typeof data6 === "string"){
if(func2(data6) > 4096){
const err19 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern5.test(data6)){
const err20 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.size !== undefined){
let data7 = data.size;
if(typeof data7 === "string"){
if(!pattern22.test(data7)){
const err22 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats0.validate(data7))){
const err23 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.readOnly !== undefined){
let data8 = data.readOnly;
if(typeof data8 !== "boolean"){
const err25 = {instancePath:instancePath+"/readOnly",schemaPath:"#/oneOf/1/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.oneOf[1].properties.readOnly.type,parentSchema:schema58.oneOf[1].properties.readOnly,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].type,parentSchema:schema58.oneOf[1],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs28 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err27 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.source === undefined){
const err28 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.target === undefined){
const err29 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key2 in data){
if(!((((key2 === "type") || (key2 === "source")) || (key2 === "target")) || (key2 === "readOnly"))){
const err30 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[2],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.type !== undefined){
let data9 = data.type;
if("volume" !== data9){
const err31 = {instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "volume"},message:"must be equal to constant",schema:"volume",parentSchema:schema58.oneOf[2].properties.type,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.source !== undefined){
let data10 = data.source;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err32 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.target !== undefined){
let data11 = data.target;
if(typeof data11 === "string"){
if(func2(data11) > 4096){
const err34 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!pattern5.test(data11)){
const err35 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.readOnly !== undefined){
let data12 = data.readOnly;
if(typeof data12 !== "boolean"){
const err37 = {instancePath:instancePath+"/readOnly",schemaPath:"#/oneOf/2/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.oneOf[2].properties.readOnly.type,parentSchema:schema58.oneOf[2].properties.readOnly,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].type,parentSchema:schema58.oneOf[2],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs28 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid0){
const err39 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema58.oneOf,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate36.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema70 = {"title":"RestartLimit","description":"At most `attempts` starts within `within`; past it the unit stays down (systemd's StartLimitBurst and StartLimitIntervalSec).","type":"object","properties":{"attempts":{"type":"integer","minimum":1,"maximum":1000,"description":"Starts allowed within the window.","default":5},"within":{"$ref":"#/$defs/Duration","description":"The window the attempts are counted in.","default":"1m"}},"additionalProperties":false,"x-paddock-unit":"limit"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "attempts") || (key0 === "within"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.attempts !== undefined){
let data0 = data.attempts;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.attempts.type,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.within !== undefined){
let data1 = data.within;
if(typeof data1 === "string"){
if(!pattern38.test(data1)){
const err4 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paddock.dev/schema/container.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rootfs === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rootfs"},message:"must have required property '"+"rootfs"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.command === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.rootfs !== undefined){
if(!(validate22(data.rootfs, {instancePath:instancePath+"/rootfs",parentData:data,parentDataProperty:"rootfs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(Array.isArray(data2)){
if(data2.length < 1){
const err5 = {instancePath:instancePath+"/command",schemaPath:"defs.schema.json#/$defs/Command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data2.length;
if(len0 > 0){
let data3 = data2[0];
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err6 = {instancePath:instancePath+"/command/0",schemaPath:"defs.schema.json#/$defs/Command/prefixItems/0/pattern",keyword:"pattern",params:{pattern: "^/[^\\u0000]*$"},message:"must match pattern \""+"^/[^\\u0000]*$"+"\"",schema:"^/[^\\u0000]*$",parentSchema:schema37.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/command/0",schemaPath:"defs.schema.json#/$defs/Command/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.prefixItems[0].type,parentSchema:schema37.prefixItems[0],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
const len1 = data2.length;
var valid4 = len1 <= 1;
if(!valid4){
for(let i0=1; i0<len1; i0++){
let data4 = data2[i0];
const _errs11 = errors;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err8 = {instancePath:instancePath+"/command/" + i0,schemaPath:"defs.schema.json#/$defs/Command/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema37.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/command/" + i0,schemaPath:"defs.schema.json#/$defs/Command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.items.type,parentSchema:schema37.items,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs11 === errors;
}
}
}
else {
const err10 = {instancePath:instancePath+"/command",schemaPath:"defs.schema.json#/$defs/Command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.user !== undefined){
let data5 = data.user;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.uid === undefined){
const err11 = {instancePath:instancePath+"/user",schemaPath:"defs.schema.json#/$defs/User/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'",schema:schema38.required,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.gid === undefined){
const err12 = {instancePath:instancePath+"/user",schemaPath:"defs.schema.json#/$defs/User/required",keyword:"required",params:{missingProperty: "gid"},message:"must have required property '"+"gid"+"'",schema:schema38.required,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "uid") || (key1 === "gid"))){
const err13 = {instancePath:instancePath+"/user",schemaPath:"defs.schema.json#/$defs/User/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.uid !== undefined){
let data6 = data5.uid;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err14 = {instancePath:instancePath+"/user/uid",schemaPath:"defs.schema.json#/$defs/User/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.uid.type,parentSchema:schema38.properties.uid,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 > 4294967294 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/user/uid",schemaPath:"defs.schema.json#/$defs/User/properties/uid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema38.properties.uid,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/user/uid",schemaPath:"defs.schema.json#/$defs/User/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.uid,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data5.gid !== undefined){
let data7 = data5.gid;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err17 = {instancePath:instancePath+"/user/gid",schemaPath:"defs.schema.json#/$defs/User/properties/gid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.gid.type,parentSchema:schema38.properties.gid,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 4294967294 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/user/gid",schemaPath:"defs.schema.json#/$defs/User/properties/gid/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema38.properties.gid,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/user/gid",schemaPath:"defs.schema.json#/$defs/User/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.gid,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/user",schemaPath:"defs.schema.json#/$defs/User/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.workdir !== undefined){
let data8 = data.workdir;
if(typeof data8 === "string"){
if(func2(data8) > 4096){
const err21 = {instancePath:instancePath+"/workdir",schemaPath:"defs.schema.json#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern5.test(data8)){
const err22 = {instancePath:instancePath+"/workdir",schemaPath:"defs.schema.json#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/workdir",schemaPath:"defs.schema.json#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.hostname !== undefined){
let data9 = data.hostname;
if(typeof data9 === "string"){
if(func2(data9) > 253){
const err24 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern14.test(data9)){
const err25 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/pattern",keyword:"pattern",params:{pattern: "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.env !== undefined){
let data10 = data.env;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
const _errs30 = errors;
if(typeof key2 === "string"){
if(func2(key2) > 255){
const err27 = {instancePath:instancePath+"/env",schemaPath:"defs.schema.json#/$defs/Env/propertyNames/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema41.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern15.test(key2)){
const err28 = {instancePath:instancePath+"/env",schemaPath:"defs.schema.json#/$defs/Env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema41.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid10 = _errs30 === errors;
if(!valid10){
const err29 = {instancePath:instancePath+"/env",schemaPath:"defs.schema.json#/$defs/Env/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema41.propertyNames,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key3 in data10){
let data11 = data10[key3];
if(typeof data11 === "string"){
if(!pattern12.test(data11)){
const err30 = {instancePath:instancePath+"/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/Env/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema41.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"defs.schema.json#/$defs/Env/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.additionalProperties.type,parentSchema:schema41.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/env",schemaPath:"defs.schema.json#/$defs/Env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.network !== undefined){
if(!(validate24(data.network, {instancePath:instancePath+"/network",parentData:data,parentDataProperty:"network",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.ports !== undefined){
let data13 = data.ports;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i1=0; i1<len2; i1++){
if(!(validate26(data13[i1], {instancePath:instancePath+"/ports/" + i1,parentData:data13,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.ports.type,parentSchema:schema31.properties.ports,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.dns !== undefined){
if(!(validate28(data.dns, {instancePath:instancePath+"/dns",parentData:data,parentDataProperty:"dns",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.limits !== undefined){
if(!(validate30(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.capabilities !== undefined){
let data17 = data.capabilities;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
if(!((key4 === "add") || (key4 === "drop"))){
const err34 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.capabilities,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data17.add !== undefined){
let data18 = data17.add;
if(Array.isArray(data18)){
if(data18.length > 64){
const err35 = {instancePath:instancePath+"/capabilities/add",schemaPath:"#/properties/capabilities/properties/add/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema31.properties.capabilities.properties.add,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len3 = data18.length;
for(let i2=0; i2<len3; i2++){
let data19 = data18[i2];
if(typeof data19 === "string"){
if(!pattern28.test(data19)){
const err36 = {instancePath:instancePath+"/capabilities/add/" + i2,schemaPath:"#/properties/capabilities/properties/add/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_]+$"},message:"must match pattern \""+"^[A-Za-z_]+$"+"\"",schema:"^[A-Za-z_]+$",parentSchema:schema31.properties.capabilities.properties.add.items,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/capabilities/add/" + i2,schemaPath:"#/properties/capabilities/properties/add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.capabilities.properties.add.items.type,parentSchema:schema31.properties.capabilities.properties.add.items,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/capabilities/add",schemaPath:"#/properties/capabilities/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.capabilities.properties.add.type,parentSchema:schema31.properties.capabilities.properties.add,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.drop !== undefined){
let data20 = data17.drop;
if(Array.isArray(data20)){
if(data20.length > 64){
const err39 = {instancePath:instancePath+"/capabilities/drop",schemaPath:"#/properties/capabilities/properties/drop/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema31.properties.capabilities.properties.drop,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len4 = data20.length;
for(let i3=0; i3<len4; i3++){
let data21 = data20[i3];
if(typeof data21 === "string"){
if(!pattern28.test(data21)){
const err40 = {instancePath:instancePath+"/capabilities/drop/" + i3,schemaPath:"#/properties/capabilities/properties/drop/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_]+$"},message:"must match pattern \""+"^[A-Za-z_]+$"+"\"",schema:"^[A-Za-z_]+$",parentSchema:schema31.properties.capabilities.properties.drop.items,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/capabilities/drop/" + i3,schemaPath:"#/properties/capabilities/properties/drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.capabilities.properties.drop.items.type,parentSchema:schema31.properties.capabilities.properties.drop.items,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/capabilities/drop",schemaPath:"#/properties/capabilities/properties/drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.capabilities.properties.drop.type,parentSchema:schema31.properties.capabilities.properties.drop,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/capabilities",schemaPath:"#/properties/capabilities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.capabilities.type,parentSchema:schema31.properties.capabilities,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.seccomp !== undefined){
let data22 = data.seccomp;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
if(!(((key5 === "allow") || (key5 === "deny")) || (key5 === "unconfined"))){
const err44 = {instancePath:instancePath+"/seccomp",schemaPath:"#/properties/seccomp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.seccomp,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data22.allow !== undefined){
let data23 = data22.allow;
if(Array.isArray(data23)){
if(data23.length > 512){
const err45 = {instancePath:instancePath+"/seccomp/allow",schemaPath:"#/properties/seccomp/properties/allow/maxItems",keyword:"maxItems",params:{limit: 512},message:"must NOT have more than 512 items",schema:512,parentSchema:schema31.properties.seccomp.properties.allow,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len5 = data23.length;
for(let i4=0; i4<len5; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(!pattern30.test(data24)){
const err46 = {instancePath:instancePath+"/seccomp/allow/" + i4,schemaPath:"#/properties/seccomp/properties/allow/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\"",schema:"^[a-z0-9_]+$",parentSchema:schema31.properties.seccomp.properties.allow.items,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/seccomp/allow/" + i4,schemaPath:"#/properties/seccomp/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.seccomp.properties.allow.items.type,parentSchema:schema31.properties.seccomp.properties.allow.items,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/seccomp/allow",schemaPath:"#/properties/seccomp/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.seccomp.properties.allow.type,parentSchema:schema31.properties.seccomp.properties.allow,data:data23};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data22.deny !== undefined){
let data25 = data22.deny;
if(Array.isArray(data25)){
if(data25.length > 512){
const err49 = {instancePath:instancePath+"/seccomp/deny",schemaPath:"#/properties/seccomp/properties/deny/maxItems",keyword:"maxItems",params:{limit: 512},message:"must NOT have more than 512 items",schema:512,parentSchema:schema31.properties.seccomp.properties.deny,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len6 = data25.length;
for(let i5=0; i5<len6; i5++){
let data26 = data25[i5];
if(typeof data26 === "string"){
if(!pattern30.test(data26)){
const err50 = {instancePath:instancePath+"/seccomp/deny/" + i5,schemaPath:"#/properties/seccomp/properties/deny/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\"",schema:"^[a-z0-9_]+$",parentSchema:schema31.properties.seccomp.properties.deny.items,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/seccomp/deny/" + i5,schemaPath:"#/properties/seccomp/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.seccomp.properties.deny.items.type,parentSchema:schema31.properties.seccomp.properties.deny.items,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/seccomp/deny",schemaPath:"#/properties/seccomp/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.seccomp.properties.deny.type,parentSchema:schema31.properties.seccomp.properties.deny,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data22.unconfined !== undefined){
let data27 = data22.unconfined;
if(typeof data27 !== "boolean"){
const err53 = {instancePath:instancePath+"/seccomp/unconfined",schemaPath:"#/properties/seccomp/properties/unconfined/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.seccomp.properties.unconfined.type,parentSchema:schema31.properties.seccomp.properties.unconfined,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/seccomp",schemaPath:"#/properties/seccomp/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.seccomp.type,parentSchema:schema31.properties.seccomp,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.mounts !== undefined){
let data28 = data.mounts;
if(Array.isArray(data28)){
const len7 = data28.length;
for(let i6=0; i6<len7; i6++){
if(!(validate36(data28[i6], {instancePath:instancePath+"/mounts/" + i6,parentData:data28,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath:instancePath+"/mounts",schemaPath:"#/properties/mounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.mounts.type,parentSchema:schema31.properties.mounts,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.rlimits !== undefined){
let data30 = data.rlimits;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key6 in data30){
if(!(((((key6 === "nofile") || (key6 === "nproc")) || (key6 === "core")) || (key6 === "memlock")) || (key6 === "stack"))){
const err56 = {instancePath:instancePath+"/rlimits",schemaPath:"defs.schema.json#/$defs/Rlimits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data30.nofile !== undefined){
let data31 = data30.nofile;
if(!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))){
const err57 = {instancePath:instancePath+"/rlimits/nofile",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/nofile/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.nofile.type,parentSchema:schema65.properties.nofile,data:data31};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data31 == "number"){
if(data31 > 1048576 || isNaN(data31)){
const err58 = {instancePath:instancePath+"/rlimits/nofile",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/nofile/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1048576},message:"must be <= 1048576",schema:1048576,parentSchema:schema65.properties.nofile,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err59 = {instancePath:instancePath+"/rlimits/nofile",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/nofile/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema65.properties.nofile,data:data31};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data30.nproc !== undefined){
let data32 = data30.nproc;
if(!((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32)))){
const err60 = {instancePath:instancePath+"/rlimits/nproc",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/nproc/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.nproc.type,parentSchema:schema65.properties.nproc,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(typeof data32 == "number"){
if(data32 < 1 || isNaN(data32)){
const err61 = {instancePath:instancePath+"/rlimits/nproc",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/nproc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema65.properties.nproc,data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
if(data30.core !== undefined){
let data33 = data30.core;
if(!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))){
const err62 = {instancePath:instancePath+"/rlimits/core",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/core/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.core.type,parentSchema:schema65.properties.core,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data33 == "number"){
if(data33 < 0 || isNaN(data33)){
const err63 = {instancePath:instancePath+"/rlimits/core",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/core/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.core,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data30.memlock !== undefined){
let data34 = data30.memlock;
if(!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))){
const err64 = {instancePath:instancePath+"/rlimits/memlock",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/memlock/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.memlock.type,parentSchema:schema65.properties.memlock,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(typeof data34 == "number"){
if(data34 < 0 || isNaN(data34)){
const err65 = {instancePath:instancePath+"/rlimits/memlock",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/memlock/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.memlock,data:data34};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data30.stack !== undefined){
let data35 = data30.stack;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err66 = {instancePath:instancePath+"/rlimits/stack",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/stack/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.stack.type,parentSchema:schema65.properties.stack,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data35 == "number"){
if(data35 < 16384 || isNaN(data35)){
const err67 = {instancePath:instancePath+"/rlimits/stack",schemaPath:"defs.schema.json#/$defs/Rlimits/properties/stack/minimum",keyword:"minimum",params:{comparison: ">=", limit: 16384},message:"must be >= 16384",schema:16384,parentSchema:schema65.properties.stack,data:data35};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
else {
const err68 = {instancePath:instancePath+"/rlimits",schemaPath:"defs.schema.json#/$defs/Rlimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.state !== undefined){
let data36 = data.state;
if(typeof data36 !== "string"){
const err69 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.state.type,parentSchema:schema31.properties.state,data:data36};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!((data36 === "running") || (data36 === "stopped"))){
const err70 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema31.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.state.enum,parentSchema:schema31.properties.state,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.stopTimeout !== undefined){
let data37 = data.stopTimeout;
if(typeof data37 === "string"){
if(!pattern38.test(data37)){
const err71 = {instancePath:instancePath+"/stopTimeout",schemaPath:"defs.schema.json#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data37};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/stopTimeout",schemaPath:"defs.schema.json#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.runtime !== undefined){
let data38 = data.runtime;
if(typeof data38 !== "string"){
const err73 = {instancePath:instancePath+"/runtime",schemaPath:"defs.schema.json#/$defs/Runtime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.type,parentSchema:schema67,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(((data38 === "auto") || (data38 === "runc")) || (data38 === "crun"))){
const err74 = {instancePath:instancePath+"/runtime",schemaPath:"defs.schema.json#/$defs/Runtime/enum",keyword:"enum",params:{allowedValues: schema67.enum},message:"must be equal to one of the allowed values",schema:schema67.enum,parentSchema:schema67,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.restart !== undefined){
let data39 = data.restart;
if(typeof data39 !== "string"){
const err75 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!(((data39 === "no") || (data39 === "on-failure")) || (data39 === "always"))){
const err76 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.restartDelay !== undefined){
let data40 = data.restartDelay;
if(typeof data40 === "string"){
if(!pattern38.test(data40)){
const err77 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.restartLimit !== undefined){
if(!(validate38(data.restartLimit, {instancePath:instancePath+"/restartLimit",parentData:data,parentDataProperty:"restartLimit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.startAtBoot !== undefined){
let data42 = data.startAtBoot;
if(typeof data42 !== "boolean"){
const err79 = {instancePath:instancePath+"/startAtBoot",schemaPath:"#/properties/startAtBoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.startAtBoot.type,parentSchema:schema31.properties.startAtBoot,data:data42};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.userns !== undefined){
let data43 = data.userns;
if(typeof data43 !== "string"){
const err80 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.userns.type,parentSchema:schema31.properties.userns,data:data43};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!((data43 === "private") || (data43 === "host"))){
const err81 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/enum",keyword:"enum",params:{allowedValues: schema31.properties.userns.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.userns.enum,parentSchema:schema31.properties.userns,data:data43};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.connection !== undefined){
let data44 = data.connection;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.host === undefined){
const err82 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema72.required,parentSchema:schema72,data:data44};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data44.hostKey === undefined){
const err83 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "hostKey"},message:"must have required property '"+"hostKey"+"'",schema:schema72.required,parentSchema:schema72,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key7 in data44){
if(!((((((key7 === "host") || (key7 === "port")) || (key7 === "user")) || (key7 === "privateKey")) || (key7 === "privateKeyPath")) || (key7 === "hostKey"))){
const err84 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data:data44};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data44.host !== undefined){
let data45 = data44.host;
if(typeof data45 === "string"){
if(func2(data45) > 253){
const err85 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema72.properties.host,data:data45};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func2(data45) < 1){
const err86 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.host,data:data45};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!pattern41.test(data45)){
const err87 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$",parentSchema:schema72.properties.host,data:data45};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.host.type,parentSchema:schema72.properties.host,data:data45};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data44.port !== undefined){
let data46 = data44.port;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err89 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.port.type,parentSchema:schema72.properties.port,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 > 65535 || isNaN(data46)){
const err90 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema72.properties.port,data:data46};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data46 < 1 || isNaN(data46)){
const err91 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.port,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data44.user !== undefined){
let data47 = data44.user;
if(typeof data47 === "string"){
if(func2(data47) > 64){
const err92 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema72.properties.user,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(func2(data47) < 1){
const err93 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.user,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!pattern42.test(data47)){
const err94 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_.-]*$"+"\"",schema:"^[a-z_][a-z0-9_.-]*$",parentSchema:schema72.properties.user,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data44.privateKey !== undefined){
let data48 = data44.privateKey;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err96 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKey,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKey.type,parentSchema:schema72.properties.privateKey,data:data48};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data44.privateKeyPath !== undefined){
let data49 = data44.privateKeyPath;
if(typeof data49 === "string"){
if(func2(data49) < 1){
const err98 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKeyPath,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKeyPath.type,parentSchema:schema72.properties.privateKeyPath,data:data49};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data44.hostKey !== undefined){
let data50 = data44.hostKey;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err100 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.hostKey,data:data50};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.hostKey.type,parentSchema:schema72.properties.hostKey,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data:data44};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.stateRoot !== undefined){
let data51 = data.stateRoot;
if(typeof data51 === "string"){
if(func2(data51) > 4096){
const err103 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!pattern5.test(data51)){
const err104 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data51};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data51};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.adopt !== undefined){
let data52 = data.adopt;
if(typeof data52 !== "boolean"){
const err106 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.adopt.type,parentSchema:schema31.properties.adopt,data:data52};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

out.network = validate40;
const schema74 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paddock.dev/schema/network.schema.json","title":"NetworkArgs","description":"A Paddock network: a Linux bridge with a gateway address, a subnet units get addresses from, optional outbound NAT and isolation from other Paddock networks (after OpenVZ venet and Solaris exclusive-IP zones).","type":"object","properties":{"name":{"$ref":"defs.schema.json#/$defs/UnitName","description":"The network's name, which units refer to. Defaults to the Pulumi resource name.","default":"<the Pulumi resource name>","x-paddock-unit":"name","x-paddock-update":"replace"},"bridge":{"$ref":"defs.schema.json#/$defs/Ifname","description":"The bridge interface. Created if missing; removed on delete only when Paddock created it. The default is shortened to 15 characters, the kernel's limit for an interface name.","default":"pd-<name>","x-paddock-unit":"interface name","x-paddock-update":"replace"},"subnet":{"$ref":"defs.schema.json#/$defs/Subnet","description":"The units' subnet.","x-paddock-unit":"CIDR","x-paddock-update":"replace"},"gateway":{"$ref":"defs.schema.json#/$defs/IPv4","description":"The bridge's address and the units' default route. Defaults to the subnet's first address.","default":"<first address of the subnet>","x-paddock-unit":"IPv4 address","x-paddock-update":"replace"},"nat":{"type":"boolean","description":"Masquerade the subnet's traffic leaving through other interfaces, so units reach the outside. Turns on IPv4 forwarding on the host.","default":false,"x-paddock-unit":"flag","x-paddock-update":"live"},"isolated":{"type":"boolean","description":"Drop traffic between this network's units and other Paddock networks.","default":false,"x-paddock-unit":"flag","x-paddock-update":"live"},"connection":{"$ref":"defs.schema.json#/$defs/Connection","description":"The host the network is on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the host; a new host or port replaces it.","x-paddock-unit":"ssh","x-paddock-update":"host"},"stateRoot":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"Paddock's state directory on the host; Containers on this network must use the same. When unset, PADDOCK_STATE_ROOT of the Pulumi program, else /var/lib/paddock.","default":"/var/lib/paddock","x-paddock-unit":"path","x-paddock-update":"replace"},"adopt":{"type":"boolean","description":"Bring a Paddock network that already exists on the host under this stack instead of creating it (another stack's, or this one's before its state was lost). Its bridge, subnet and gateway must be as declared; nat and isolated are applied live. Read only when the resource is created.","default":false,"x-paddock-unit":"flag","x-paddock-update":"none"}},"required":["subnet"],"additionalProperties":false};
const schema76 = {"title":"Ifname","description":"A network interface name: a lowercase letter, then lowercase letters, digits or '-', at most 15 characters (the kernel's limit).","type":"string","pattern":"^[a-z][a-z0-9-]{0,14}$","x-paddock-unit":"interface name"};
const schema77 = {"title":"Subnet","description":"An IPv4 subnet in CIDR form, e.g. \"10.77.0.0/24\", with a prefix from 8 to 30.","type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([89]|[12][0-9]|30)$","x-paddock-unit":"CIDR"};
const pattern45 = new RegExp("^[a-z][a-z0-9-]{0,14}$", "u");
const pattern46 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([89]|[12][0-9]|30)$", "u");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paddock.dev/schema/network.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.subnet === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subnet"},message:"must have required property '"+"subnet"+"'",schema:schema74.required,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema74.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bridge !== undefined){
let data1 = data.bridge;
if(typeof data1 === "string"){
if(!pattern45.test(data1)){
const err4 = {instancePath:instancePath+"/bridge",schemaPath:"defs.schema.json#/$defs/Ifname/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,14}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,14}$"+"\"",schema:"^[a-z][a-z0-9-]{0,14}$",parentSchema:schema76,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/bridge",schemaPath:"defs.schema.json#/$defs/Ifname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.subnet !== undefined){
let data2 = data.subnet;
if(typeof data2 === "string"){
if(!pattern46.test(data2)){
const err6 = {instancePath:instancePath+"/subnet",schemaPath:"defs.schema.json#/$defs/Subnet/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([89]|[12][0-9]|30)$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([89]|[12][0-9]|30)$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([89]|[12][0-9]|30)$",parentSchema:schema77,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/subnet",schemaPath:"defs.schema.json#/$defs/Subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.type,parentSchema:schema77,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gateway !== undefined){
let data3 = data.gateway;
if(typeof data3 === "string"){
if(!pattern18.test(data3)){
const err8 = {instancePath:instancePath+"/gateway",schemaPath:"defs.schema.json#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/gateway",schemaPath:"defs.schema.json#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.nat !== undefined){
let data4 = data.nat;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/nat",schemaPath:"#/properties/nat/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.nat.type,parentSchema:schema74.properties.nat,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.isolated !== undefined){
let data5 = data.isolated;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/isolated",schemaPath:"#/properties/isolated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.isolated.type,parentSchema:schema74.properties.isolated,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.connection !== undefined){
let data6 = data.connection;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.host === undefined){
const err12 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema72.required,parentSchema:schema72,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.hostKey === undefined){
const err13 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "hostKey"},message:"must have required property '"+"hostKey"+"'",schema:schema72.required,parentSchema:schema72,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data6){
if(!((((((key1 === "host") || (key1 === "port")) || (key1 === "user")) || (key1 === "privateKey")) || (key1 === "privateKeyPath")) || (key1 === "hostKey"))){
const err14 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.host !== undefined){
let data7 = data6.host;
if(typeof data7 === "string"){
if(func2(data7) > 253){
const err15 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema72.properties.host,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data7) < 1){
const err16 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.host,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern41.test(data7)){
const err17 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$",parentSchema:schema72.properties.host,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.host.type,parentSchema:schema72.properties.host,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.port !== undefined){
let data8 = data6.port;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err19 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.port.type,parentSchema:schema72.properties.port,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data8 == "number"){
if(data8 > 65535 || isNaN(data8)){
const err20 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema72.properties.port,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.port,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data6.user !== undefined){
let data9 = data6.user;
if(typeof data9 === "string"){
if(func2(data9) > 64){
const err22 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema72.properties.user,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data9) < 1){
const err23 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.user,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern42.test(data9)){
const err24 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_.-]*$"+"\"",schema:"^[a-z_][a-z0-9_.-]*$",parentSchema:schema72.properties.user,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.privateKey !== undefined){
let data10 = data6.privateKey;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err26 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKey,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKey.type,parentSchema:schema72.properties.privateKey,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.privateKeyPath !== undefined){
let data11 = data6.privateKeyPath;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err28 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKeyPath,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKeyPath.type,parentSchema:schema72.properties.privateKeyPath,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.hostKey !== undefined){
let data12 = data6.hostKey;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err30 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.hostKey,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.hostKey.type,parentSchema:schema72.properties.hostKey,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.stateRoot !== undefined){
let data13 = data.stateRoot;
if(typeof data13 === "string"){
if(func2(data13) > 4096){
const err33 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern5.test(data13)){
const err34 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.adopt !== undefined){
let data14 = data.adopt;
if(typeof data14 !== "boolean"){
const err36 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema74.properties.adopt.type,parentSchema:schema74.properties.adopt,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

out.volume = validate41;
const schema81 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paddock.dev/schema/volume.schema.json","title":"VolumeArgs","description":"Data that outlives the units that mount it: a directory under Paddock's state root, mounted with { type: \"volume\", source: volume.name, target }.","type":"object","properties":{"name":{"$ref":"defs.schema.json#/$defs/UnitName","description":"The volume's name, which mounts refer to. Defaults to the Pulumi resource name.","default":"<the Pulumi resource name>","x-paddock-unit":"name","x-paddock-update":"replace"},"size":{"$ref":"defs.schema.json#/$defs/Bytes","description":"The volume's size, enforced: with a size the volume is its own ext4 filesystem of exactly that size (a sparse image, loop-mounted), so writes beyond it fail with ENOSPC on any host filesystem. It may grow (live: online while units use it, where the host allows resize); shrinking, adding a size to a volume made without one, or removing it are refused at preview. Without a size, a plain directory. Output quotaEnforced says whether the filesystem is mounted now.","x-paddock-unit":"bytes","x-paddock-update":"live"},"connection":{"$ref":"defs.schema.json#/$defs/Connection","description":"The host the volume is on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the host; a new host or port moves the volume there with its data, and its copy here is removed once no unit here mounts it.","x-paddock-unit":"ssh","x-paddock-update":"host"},"stateRoot":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"Paddock's state directory on the host; units mounting the volume must use the same. When unset, PADDOCK_STATE_ROOT of the Pulumi program, else /var/lib/paddock.","default":"/var/lib/paddock","x-paddock-unit":"path","x-paddock-update":"replace"},"adopt":{"type":"boolean","description":"Bring a Paddock volume that already exists on the host, made by another stack, under this stack with its data. Without it such a volume is refused (this resource's own volume, from a lost state or an interrupted run, is taken back with its data). The stack that managed it before only forgets it on destroy. Read only when the resource is created.","default":false,"x-paddock-unit":"flag","x-paddock-update":"none"}},"additionalProperties":false};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paddock.dev/schema/volume.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "size")) || (key0 === "connection")) || (key0 === "stateRoot")) || (key0 === "adopt"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.size !== undefined){
let data1 = data.size;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err3 = {instancePath:instancePath+"/size",schemaPath:"defs.schema.json#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats0.validate(data1))){
const err4 = {instancePath:instancePath+"/size",schemaPath:"defs.schema.json#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/size",schemaPath:"defs.schema.json#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.connection !== undefined){
let data2 = data.connection;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.host === undefined){
const err6 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema72.required,parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.hostKey === undefined){
const err7 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "hostKey"},message:"must have required property '"+"hostKey"+"'",schema:schema72.required,parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "host") || (key1 === "port")) || (key1 === "user")) || (key1 === "privateKey")) || (key1 === "privateKeyPath")) || (key1 === "hostKey"))){
const err8 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.host !== undefined){
let data3 = data2.host;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err9 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema72.properties.host,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.host,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern41.test(data3)){
const err11 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$",parentSchema:schema72.properties.host,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.host.type,parentSchema:schema72.properties.host,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.port !== undefined){
let data4 = data2.port;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err13 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.port.type,parentSchema:schema72.properties.port,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 > 65535 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema72.properties.port,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.port,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data2.user !== undefined){
let data5 = data2.user;
if(typeof data5 === "string"){
if(func2(data5) > 64){
const err16 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema72.properties.user,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.user,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern42.test(data5)){
const err18 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_.-]*$"+"\"",schema:"^[a-z_][a-z0-9_.-]*$",parentSchema:schema72.properties.user,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.privateKey !== undefined){
let data6 = data2.privateKey;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err20 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKey,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKey.type,parentSchema:schema72.properties.privateKey,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.privateKeyPath !== undefined){
let data7 = data2.privateKeyPath;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err22 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKeyPath,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKeyPath.type,parentSchema:schema72.properties.privateKeyPath,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.hostKey !== undefined){
let data8 = data2.hostKey;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.hostKey,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.hostKey.type,parentSchema:schema72.properties.hostKey,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.stateRoot !== undefined){
let data9 = data.stateRoot;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err27 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern5.test(data9)){
const err28 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.adopt !== undefined){
let data10 = data.adopt;
if(typeof data10 !== "boolean"){
const err30 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema81.properties.adopt.type,parentSchema:schema81.properties.adopt,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

out.jail = validate42;
const schema86 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paddock.dev/schema/jail.schema.json","title":"JailArgs","description":"A FreeBSD-style jail (jail.conf / jail(8)) on the Linux engine: a directory tree with its own process space, hostname and addresses, running one service.","type":"object","properties":{"name":{"$ref":"defs.schema.json#/$defs/UnitName","description":"jail.conf: the jail's name (name). Defaults to the Pulumi resource name.","default":"<the Pulumi resource name>","x-paddock-unit":"name","x-paddock-update":"replace"},"path":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"jail.conf path: the jail's root directory, used as is; the jail writes to it directly (no overlay) and Paddock never deletes it. Give path or rootfs.","x-paddock-unit":"path","x-paddock-update":"replace"},"rootfs":{"$ref":"defs.schema.json#/$defs/Rootfs","description":"Instead of path: any Paddock rootfs source; Paddock makes the root (a base plus the jail's own layer) and deletes it with the jail.","x-paddock-unit":"source","x-paddock-update":"replace"},"hostname":{"$ref":"defs.schema.json#/$defs/Hostname","description":"jail.conf host.hostname.","default":"<name>","x-paddock-unit":"hostname","x-paddock-update":"restart"},"ip4":{"type":"array","items":{"$ref":"defs.schema.json#/$defs/IPv4"},"maxItems":1,"description":"jail.conf ip4.addr: the jail's IPv4 address on the Paddock Network named by interface (one for now). Empty with vnet false: the host's network stack.","default":[],"x-paddock-unit":"IPv4 addresses","x-paddock-update":"restart"},"interface":{"$ref":"defs.schema.json#/$defs/UnitName","description":"jail.conf interface: with ip4, the Paddock Network (its name) the address is on.","x-paddock-unit":"name","x-paddock-update":"restart"},"vnet":{"type":"boolean","description":"jail.conf vnet: the jail has its own network stack (a network namespace). false: the host's.","default":false,"x-paddock-unit":"flag","x-paddock-update":"restart"},"execStart":{"type":"array","minItems":1,"prefixItems":[{"type":"string","pattern":"^/[^\\u0000]*$"}],"items":{"type":"string","pattern":"^[^\\u0000]*$"},"description":"jail.conf exec.start: the jail's service, as an argument vector.","x-paddock-unit":"argv","x-paddock-update":"restart"},"execStop":{"type":"array","minItems":1,"prefixItems":[{"type":"string","pattern":"^/[^\\u0000]*$"}],"items":{"type":"string","pattern":"^[^\\u0000]*$"},"description":"jail.conf exec.stop: run inside the jail before it is sent SIGTERM.","x-paddock-unit":"argv","x-paddock-update":"live"},"stopTimeout":{"$ref":"defs.schema.json#/$defs/Duration","description":"jail.conf stop.timeout: how long to wait after exec.stop and SIGTERM before SIGKILL.","default":"10s","x-paddock-unit":"duration","x-paddock-update":"live"},"persist":{"type":"boolean","description":"jail.conf persist: the jail exists with no service running (Paddock holds its namespaces open with a sleeping holder process).","default":false,"x-paddock-unit":"flag","x-paddock-update":"restart"},"user":{"type":"string","pattern":"^[a-z_][a-z0-9_-]{0,31}$","description":"jail.conf exec.jail_user: the user (from the jail's /etc/passwd) exec.start runs as.","default":"root","x-paddock-unit":"user name","x-paddock-update":"restart"},"allow":{"type":"object","properties":{"rawSockets":{"type":"boolean","default":false,"description":"allow.raw_sockets: raw sockets (ping). Linux: CAP_NET_RAW."},"mount":{"type":"boolean","default":false,"description":"allow.mount: mounting filesystems. Linux: CAP_SYS_ADMIN."},"chflags":{"type":"boolean","default":false,"description":"allow.chflags: changing system file flags. Linux: CAP_LINUX_IMMUTABLE."},"sysvipc":{"type":"boolean","default":false,"description":"allow.sysvipc: System V IPC shared with the host. Linux: the host's IPC namespace."},"setHostname":{"type":"boolean","default":false,"description":"allow.set_hostname: the jail may change its hostname. Linux: CAP_SYS_ADMIN in its own UTS namespace."}},"additionalProperties":false,"description":"jail.conf allow.*: what the jail may do beyond the defaults. Supported: rawSockets, mount, chflags, sysvipc, setHostname.","default":{},"x-paddock-unit":"flags","x-paddock-update":"restart"},"childrenMax":{"type":"integer","const":0,"description":"jail.conf children.max: nested jails. Only 0 is supported on Linux.","default":0,"x-paddock-unit":"count","x-paddock-update":"restart"},"limits":{"type":"object","properties":{"memoryuse":{"$ref":"defs.schema.json#/$defs/Bytes","description":"rctl memoryuse: memory limit."},"maxproc":{"type":"integer","minimum":1,"description":"rctl maxproc: most processes."},"pcpu":{"type":"number","exclusiveMinimum":0,"maximum":102400,"description":"rctl pcpu: CPU percent of one core (50 = half a core)."}},"additionalProperties":false,"description":"rctl(8) limits: memoryuse, maxproc, pcpu. Applied live.","default":{},"x-paddock-unit":"mixed","x-paddock-update":"live"},"mountFstab":{"type":"array","items":{"type":"object","properties":{"source":{"$ref":"defs.schema.json#/$defs/AbsolutePath"},"target":{"$ref":"defs.schema.json#/$defs/ContainerPath"},"readOnly":{"type":"boolean","default":false},"unsafeHostWrite":{"type":"boolean","default":false,"description":"Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only."}},"required":["source","target"],"additionalProperties":false},"description":"jail.conf mount.fstab: host directories null-mounted (bind-mounted) into the jail.","default":[],"x-paddock-unit":"mounts","x-paddock-update":"restart"},"restart":{"$ref":"defs.schema.json#/$defs/Restart","description":"Whether the unit's init is started again when it exits: \"no\"; \"on-failure\" (exited non-zero, killed by a signal other than SIGTERM, SIGINT, SIGHUP or SIGPIPE, or its start failed); \"always\" (whenever it exits, except when Paddock stops it). Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs), unless \"no\".","default":"no","x-paddock-unit":"policy","x-paddock-update":"live"},"restartDelay":{"$ref":"defs.schema.json#/$defs/Duration","description":"How long after the init exits it is started again, under a restart policy.","default":"1s","x-paddock-unit":"duration","x-paddock-update":"live"},"restartLimit":{"$ref":"defs.schema.json#/$defs/RestartLimit","description":"At most `attempts` starts within `within`; past it the unit stays down (systemd's StartLimitBurst and StartLimitIntervalSec).","default":{"attempts":5,"within":"1m"},"x-paddock-unit":"limit","x-paddock-update":"live"},"startAtBoot":{"type":"boolean","description":"Start the unit when the host boots (with its network, mounts and port forwards), through a systemd service enabled for multi-user.target. Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs).","default":false,"x-paddock-unit":"flag","x-paddock-update":"live"},"userns":{"type":"string","enum":["private","host"],"description":"Whose user ids the unit's processes run as. \"private\" (the default): the unit gets a user namespace of its own, in which its ids 0-65535 are a range of 65536 host ids no other unit has (allocated at `pulumi up`, recorded in the output `idMap`, kept across restarts and reboots), so its root is no one on the host: a process that escapes the unit's namespaces has no privilege over host files, processes or devices. Its root filesystem, bind mounts and volumes are idmapped mounts, so files keep their ids on disk (a shared base stays shared, a jail's path and a bind source are written with the unit's ids as the unit sees them). \"host\": the unit's ids are the host's own (uid 0 inside is uid 0 outside), as every unit had before user namespaces were the default (a unit made then keeps them until it is replaced); only for a program that must own host files by their host ids, or a bind source on a filesystem that cannot be idmapped, and never with untrusted code. Changing it replaces the unit.","default":"private","x-paddock-unit":"ids","x-paddock-update":"replace"},"connection":{"$ref":"defs.schema.json#/$defs/Connection","description":"The host the unit runs on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the unit; a new host or port moves the unit there as an update: its own layer and the volumes it mounts are copied while it runs, then it stops, what changed is copied, and it starts there (see the README's \"Moving a unit to another host\"); a failure leaves it running where it was.","x-paddock-unit":"ssh","x-paddock-update":"host"},"stateRoot":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"Paddock's state directory on the host (when unset, PADDOCK_STATE_ROOT, else /var/lib/paddock).","default":"/var/lib/paddock","x-paddock-unit":"path","x-paddock-update":"replace"},"adopt":{"type":"boolean","description":"Bring a unit that already exists on the host under this stack instead of creating it: the same name under the same state root, made by another stack or by this one before its state was lost. The running unit is kept (same init process) when it matches the program; a live or restart-class difference is then applied as an update; a difference that would replace it (rootfs, name, runtime, state root) is refused. Without it, a create that finds such a unit refuses and names its owner. Read only when the resource is created.","default":false,"x-paddock-unit":"flag","x-paddock-update":"none"}},"oneOf":[{"required":["path"]},{"required":["rootfs"]}],"additionalProperties":false};
const pattern72 = new RegExp("^[a-z_][a-z0-9_-]{0,31}$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.busybox === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "busybox"},message:"must have required property '"+"busybox"+"'",schema:schema34.oneOf[0].required,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "busybox")){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.busybox !== undefined){
let data0 = data.busybox;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const err3 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].properties.busybox.type,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.directory === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "directory"},message:"must have required property '"+"directory"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "directory")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.directory !== undefined){
let data1 = data.directory;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err8 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data1)){
const err9 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tarball === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "tarball"},message:"must have required property '"+"tarball"+"'",schema:schema34.oneOf[2].required,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "tarball")){
const err13 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tarball !== undefined){
let data2 = data.tarball;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.path === undefined){
const err14 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.sha256 === undefined){
const err15 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key4 in data2){
if(!((key4 === "path") || (key4 === "sha256"))){
const err16 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.path !== undefined){
let data3 = data2.path;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err17 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern5.test(data3)){
const err18 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.sha256 !== undefined){
let data4 = data2.sha256;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err20 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{64}$"+"\"",schema:"^[0-9a-fA-F]{64}$",parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[2].properties.tarball.properties.sha256.type,parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].properties.tarball.type,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].type,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.debootstrap === undefined){
const err24 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "debootstrap"},message:"must have required property '"+"debootstrap"+"'",schema:schema34.oneOf[3].required,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data){
if(!(key5 === "debootstrap")){
const err25 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.debootstrap !== undefined){
let data5 = data.debootstrap;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.suite === undefined){
const err26 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'",schema:schema34.oneOf[3].properties.debootstrap.required,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key6 in data5){
if(!((((key6 === "suite") || (key6 === "variant")) || (key6 === "include")) || (key6 === "mirror"))){
const err27 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.suite !== undefined){
let data6 = data5.suite;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err28 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,30}$"+"\"",schema:"^[a-z][a-z0-9-]{1,30}$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.suite.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.variant !== undefined){
let data7 = data5.variant;
if(typeof data7 !== "string"){
const err30 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data7 === "minbase") || (data7 === "buildd")) || (data7 === "default"))){
const err31 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[3].properties.debootstrap.properties.variant.enum},message:"must be equal to one of the allowed values",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.enum,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.include !== undefined){
let data8 = data5.include;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err32 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9+.-]+$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9+.-]+$"+"\"",schema:"^[a-z0-9][a-z0-9+.-]+$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.include.items.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/debootstrap/include",schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[3].properties.debootstrap.properties.include.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.mirror !== undefined){
let data10 = data5.mirror;
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err35 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/pattern",keyword:"pattern",params:{pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"},message:"must match pattern \""+"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"+"\"",schema:"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.mirror.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].properties.debootstrap.type,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].type,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err39 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate43.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "attempts") || (key0 === "within"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.attempts !== undefined){
let data0 = data.attempts;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.attempts.type,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.within !== undefined){
let data1 = data.within;
if(typeof data1 === "string"){
if(!pattern38.test(data1)){
const err4 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paddock.dev/schema/jail.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema86.oneOf[0].required,parentSchema:schema86.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rootfs === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "rootfs"},message:"must have required property '"+"rootfs"+"'",schema:schema86.oneOf[1].required,parentSchema:schema86.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema86.oneOf,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema86.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err6 = {instancePath:instancePath+"/path",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/path",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rootfs !== undefined){
if(!(validate43(data.rootfs, {instancePath:instancePath+"/rootfs",parentData:data,parentDataProperty:"rootfs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.hostname !== undefined){
let data3 = data.hostname;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err9 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern14.test(data3)){
const err10 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/pattern",keyword:"pattern",params:{pattern: "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/hostname",schemaPath:"defs.schema.json#/$defs/Hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.ip4 !== undefined){
let data4 = data.ip4;
if(Array.isArray(data4)){
if(data4.length > 1){
const err12 = {instancePath:instancePath+"/ip4",schemaPath:"#/properties/ip4/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema86.properties.ip4,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern18.test(data5)){
const err13 = {instancePath:instancePath+"/ip4/" + i0,schemaPath:"defs.schema.json#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ip4/" + i0,schemaPath:"defs.schema.json#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/ip4",schemaPath:"#/properties/ip4/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.ip4.type,parentSchema:schema86.properties.ip4,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.interface !== undefined){
let data6 = data.interface;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err16 = {instancePath:instancePath+"/interface",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/interface",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.vnet !== undefined){
let data7 = data.vnet;
if(typeof data7 !== "boolean"){
const err18 = {instancePath:instancePath+"/vnet",schemaPath:"#/properties/vnet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.vnet.type,parentSchema:schema86.properties.vnet,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.execStart !== undefined){
let data8 = data.execStart;
if(Array.isArray(data8)){
if(data8.length < 1){
const err19 = {instancePath:instancePath+"/execStart",schemaPath:"#/properties/execStart/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema86.properties.execStart,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data8.length;
if(len1 > 0){
let data9 = data8[0];
if(typeof data9 === "string"){
if(!pattern11.test(data9)){
const err20 = {instancePath:instancePath+"/execStart/0",schemaPath:"#/properties/execStart/prefixItems/0/pattern",keyword:"pattern",params:{pattern: "^/[^\\u0000]*$"},message:"must match pattern \""+"^/[^\\u0000]*$"+"\"",schema:"^/[^\\u0000]*$",parentSchema:schema86.properties.execStart.prefixItems[0],data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/execStart/0",schemaPath:"#/properties/execStart/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.execStart.prefixItems[0].type,parentSchema:schema86.properties.execStart.prefixItems[0],data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
const len2 = data8.length;
var valid10 = len2 <= 1;
if(!valid10){
for(let i1=1; i1<len2; i1++){
let data10 = data8[i1];
const _errs29 = errors;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err22 = {instancePath:instancePath+"/execStart/" + i1,schemaPath:"#/properties/execStart/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema86.properties.execStart.items,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/execStart/" + i1,schemaPath:"#/properties/execStart/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.execStart.items.type,parentSchema:schema86.properties.execStart.items,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var valid10 = _errs29 === errors;
}
}
}
else {
const err24 = {instancePath:instancePath+"/execStart",schemaPath:"#/properties/execStart/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.execStart.type,parentSchema:schema86.properties.execStart,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.execStop !== undefined){
let data11 = data.execStop;
if(Array.isArray(data11)){
if(data11.length < 1){
const err25 = {instancePath:instancePath+"/execStop",schemaPath:"#/properties/execStop/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema86.properties.execStop,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len3 = data11.length;
if(len3 > 0){
let data12 = data11[0];
if(typeof data12 === "string"){
if(!pattern11.test(data12)){
const err26 = {instancePath:instancePath+"/execStop/0",schemaPath:"#/properties/execStop/prefixItems/0/pattern",keyword:"pattern",params:{pattern: "^/[^\\u0000]*$"},message:"must match pattern \""+"^/[^\\u0000]*$"+"\"",schema:"^/[^\\u0000]*$",parentSchema:schema86.properties.execStop.prefixItems[0],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/execStop/0",schemaPath:"#/properties/execStop/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.execStop.prefixItems[0].type,parentSchema:schema86.properties.execStop.prefixItems[0],data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
const len4 = data11.length;
var valid12 = len4 <= 1;
if(!valid12){
for(let i2=1; i2<len4; i2++){
let data13 = data11[i2];
const _errs35 = errors;
if(typeof data13 === "string"){
if(!pattern12.test(data13)){
const err28 = {instancePath:instancePath+"/execStop/" + i2,schemaPath:"#/properties/execStop/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema86.properties.execStop.items,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/execStop/" + i2,schemaPath:"#/properties/execStop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.execStop.items.type,parentSchema:schema86.properties.execStop.items,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid12 = _errs35 === errors;
}
}
}
else {
const err30 = {instancePath:instancePath+"/execStop",schemaPath:"#/properties/execStop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.execStop.type,parentSchema:schema86.properties.execStop,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.stopTimeout !== undefined){
let data14 = data.stopTimeout;
if(typeof data14 === "string"){
if(!pattern38.test(data14)){
const err31 = {instancePath:instancePath+"/stopTimeout",schemaPath:"defs.schema.json#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/stopTimeout",schemaPath:"defs.schema.json#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.persist !== undefined){
let data15 = data.persist;
if(typeof data15 !== "boolean"){
const err33 = {instancePath:instancePath+"/persist",schemaPath:"#/properties/persist/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.persist.type,parentSchema:schema86.properties.persist,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.user !== undefined){
let data16 = data.user;
if(typeof data16 === "string"){
if(!pattern72.test(data16)){
const err34 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_-]{0,31}$"},message:"must match pattern \""+"^[a-z_][a-z0-9_-]{0,31}$"+"\"",schema:"^[a-z_][a-z0-9_-]{0,31}$",parentSchema:schema86.properties.user,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.user.type,parentSchema:schema86.properties.user,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.allow !== undefined){
let data17 = data.allow;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key1 in data17){
if(!(((((key1 === "rawSockets") || (key1 === "mount")) || (key1 === "chflags")) || (key1 === "sysvipc")) || (key1 === "setHostname"))){
const err36 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.allow,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data17.rawSockets !== undefined){
let data18 = data17.rawSockets;
if(typeof data18 !== "boolean"){
const err37 = {instancePath:instancePath+"/allow/rawSockets",schemaPath:"#/properties/allow/properties/rawSockets/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.allow.properties.rawSockets.type,parentSchema:schema86.properties.allow.properties.rawSockets,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data17.mount !== undefined){
let data19 = data17.mount;
if(typeof data19 !== "boolean"){
const err38 = {instancePath:instancePath+"/allow/mount",schemaPath:"#/properties/allow/properties/mount/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.allow.properties.mount.type,parentSchema:schema86.properties.allow.properties.mount,data:data19};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data17.chflags !== undefined){
let data20 = data17.chflags;
if(typeof data20 !== "boolean"){
const err39 = {instancePath:instancePath+"/allow/chflags",schemaPath:"#/properties/allow/properties/chflags/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.allow.properties.chflags.type,parentSchema:schema86.properties.allow.properties.chflags,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data17.sysvipc !== undefined){
let data21 = data17.sysvipc;
if(typeof data21 !== "boolean"){
const err40 = {instancePath:instancePath+"/allow/sysvipc",schemaPath:"#/properties/allow/properties/sysvipc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.allow.properties.sysvipc.type,parentSchema:schema86.properties.allow.properties.sysvipc,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data17.setHostname !== undefined){
let data22 = data17.setHostname;
if(typeof data22 !== "boolean"){
const err41 = {instancePath:instancePath+"/allow/setHostname",schemaPath:"#/properties/allow/properties/setHostname/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.allow.properties.setHostname.type,parentSchema:schema86.properties.allow.properties.setHostname,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.allow.type,parentSchema:schema86.properties.allow,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.childrenMax !== undefined){
let data23 = data.childrenMax;
if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){
const err43 = {instancePath:instancePath+"/childrenMax",schemaPath:"#/properties/childrenMax/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.childrenMax.type,parentSchema:schema86.properties.childrenMax,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(0 !== data23){
const err44 = {instancePath:instancePath+"/childrenMax",schemaPath:"#/properties/childrenMax/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant",schema:0,parentSchema:schema86.properties.childrenMax,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.limits !== undefined){
let data24 = data.limits;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key2 in data24){
if(!(((key2 === "memoryuse") || (key2 === "maxproc")) || (key2 === "pcpu"))){
const err45 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.limits,data:data24};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data24.memoryuse !== undefined){
let data25 = data24.memoryuse;
if(typeof data25 === "string"){
if(!pattern22.test(data25)){
const err46 = {instancePath:instancePath+"/limits/memoryuse",schemaPath:"defs.schema.json#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(formats0.validate(data25))){
const err47 = {instancePath:instancePath+"/limits/memoryuse",schemaPath:"defs.schema.json#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/limits/memoryuse",schemaPath:"defs.schema.json#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data24.maxproc !== undefined){
let data26 = data24.maxproc;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err49 = {instancePath:instancePath+"/limits/maxproc",schemaPath:"#/properties/limits/properties/maxproc/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.limits.properties.maxproc.type,parentSchema:schema86.properties.limits.properties.maxproc,data:data26};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 < 1 || isNaN(data26)){
const err50 = {instancePath:instancePath+"/limits/maxproc",schemaPath:"#/properties/limits/properties/maxproc/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema86.properties.limits.properties.maxproc,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data24.pcpu !== undefined){
let data27 = data24.pcpu;
if(typeof data27 == "number"){
if(data27 > 102400 || isNaN(data27)){
const err51 = {instancePath:instancePath+"/limits/pcpu",schemaPath:"#/properties/limits/properties/pcpu/maximum",keyword:"maximum",params:{comparison: "<=", limit: 102400},message:"must be <= 102400",schema:102400,parentSchema:schema86.properties.limits.properties.pcpu,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data27 <= 0 || isNaN(data27)){
const err52 = {instancePath:instancePath+"/limits/pcpu",schemaPath:"#/properties/limits/properties/pcpu/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema86.properties.limits.properties.pcpu,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/limits/pcpu",schemaPath:"#/properties/limits/properties/pcpu/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema86.properties.limits.properties.pcpu.type,parentSchema:schema86.properties.limits.properties.pcpu,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.limits.type,parentSchema:schema86.properties.limits,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.mountFstab !== undefined){
let data28 = data.mountFstab;
if(Array.isArray(data28)){
const len5 = data28.length;
for(let i3=0; i3<len5; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.source === undefined){
const err55 = {instancePath:instancePath+"/mountFstab/" + i3,schemaPath:"#/properties/mountFstab/items/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema86.properties.mountFstab.items.required,parentSchema:schema86.properties.mountFstab.items,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data29.target === undefined){
const err56 = {instancePath:instancePath+"/mountFstab/" + i3,schemaPath:"#/properties/mountFstab/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema86.properties.mountFstab.items.required,parentSchema:schema86.properties.mountFstab.items,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key3 in data29){
if(!((((key3 === "source") || (key3 === "target")) || (key3 === "readOnly")) || (key3 === "unsafeHostWrite"))){
const err57 = {instancePath:instancePath+"/mountFstab/" + i3,schemaPath:"#/properties/mountFstab/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema86.properties.mountFstab.items,data:data29};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data29.source !== undefined){
let data30 = data29.source;
if(typeof data30 === "string"){
if(func2(data30) > 4096){
const err58 = {instancePath:instancePath+"/mountFstab/" + i3+"/source",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data30};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern5.test(data30)){
const err59 = {instancePath:instancePath+"/mountFstab/" + i3+"/source",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data30};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/mountFstab/" + i3+"/source",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data30};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data29.target !== undefined){
let data31 = data29.target;
if(typeof data31 === "string"){
if(func2(data31) > 4096){
const err61 = {instancePath:instancePath+"/mountFstab/" + i3+"/target",schemaPath:"defs.schema.json#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data31};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern5.test(data31)){
const err62 = {instancePath:instancePath+"/mountFstab/" + i3+"/target",schemaPath:"defs.schema.json#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data31};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/mountFstab/" + i3+"/target",schemaPath:"defs.schema.json#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data31};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data29.readOnly !== undefined){
let data32 = data29.readOnly;
if(typeof data32 !== "boolean"){
const err64 = {instancePath:instancePath+"/mountFstab/" + i3+"/readOnly",schemaPath:"#/properties/mountFstab/items/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.mountFstab.items.properties.readOnly.type,parentSchema:schema86.properties.mountFstab.items.properties.readOnly,data:data32};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data29.unsafeHostWrite !== undefined){
let data33 = data29.unsafeHostWrite;
if(typeof data33 !== "boolean"){
const err65 = {instancePath:instancePath+"/mountFstab/" + i3+"/unsafeHostWrite",schemaPath:"#/properties/mountFstab/items/properties/unsafeHostWrite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.mountFstab.items.properties.unsafeHostWrite.type,parentSchema:schema86.properties.mountFstab.items.properties.unsafeHostWrite,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/mountFstab/" + i3,schemaPath:"#/properties/mountFstab/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.mountFstab.items.type,parentSchema:schema86.properties.mountFstab.items,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/mountFstab",schemaPath:"#/properties/mountFstab/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.mountFstab.type,parentSchema:schema86.properties.mountFstab,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.restart !== undefined){
let data34 = data.restart;
if(typeof data34 !== "string"){
const err68 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data34};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!(((data34 === "no") || (data34 === "on-failure")) || (data34 === "always"))){
const err69 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data34};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.restartDelay !== undefined){
let data35 = data.restartDelay;
if(typeof data35 === "string"){
if(!pattern38.test(data35)){
const err70 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data35};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data35};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.restartLimit !== undefined){
if(!(validate45(data.restartLimit, {instancePath:instancePath+"/restartLimit",parentData:data,parentDataProperty:"restartLimit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.startAtBoot !== undefined){
let data37 = data.startAtBoot;
if(typeof data37 !== "boolean"){
const err72 = {instancePath:instancePath+"/startAtBoot",schemaPath:"#/properties/startAtBoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.startAtBoot.type,parentSchema:schema86.properties.startAtBoot,data:data37};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.userns !== undefined){
let data38 = data.userns;
if(typeof data38 !== "string"){
const err73 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema86.properties.userns.type,parentSchema:schema86.properties.userns,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((data38 === "private") || (data38 === "host"))){
const err74 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/enum",keyword:"enum",params:{allowedValues: schema86.properties.userns.enum},message:"must be equal to one of the allowed values",schema:schema86.properties.userns.enum,parentSchema:schema86.properties.userns,data:data38};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.connection !== undefined){
let data39 = data.connection;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.host === undefined){
const err75 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema72.required,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data39.hostKey === undefined){
const err76 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "hostKey"},message:"must have required property '"+"hostKey"+"'",schema:schema72.required,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key4 in data39){
if(!((((((key4 === "host") || (key4 === "port")) || (key4 === "user")) || (key4 === "privateKey")) || (key4 === "privateKeyPath")) || (key4 === "hostKey"))){
const err77 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data39.host !== undefined){
let data40 = data39.host;
if(typeof data40 === "string"){
if(func2(data40) > 253){
const err78 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func2(data40) < 1){
const err79 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(!pattern41.test(data40)){
const err80 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$",parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.host.type,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data39.port !== undefined){
let data41 = data39.port;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err82 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.port.type,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 > 65535 || isNaN(data41)){
const err83 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err84 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
if(data39.user !== undefined){
let data42 = data39.user;
if(typeof data42 === "string"){
if(func2(data42) > 64){
const err85 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func2(data42) < 1){
const err86 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(!pattern42.test(data42)){
const err87 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_.-]*$"+"\"",schema:"^[a-z_][a-z0-9_.-]*$",parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data39.privateKey !== undefined){
let data43 = data39.privateKey;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err89 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKey,data:data43};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKey.type,parentSchema:schema72.properties.privateKey,data:data43};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data39.privateKeyPath !== undefined){
let data44 = data39.privateKeyPath;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err91 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKeyPath,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKeyPath.type,parentSchema:schema72.properties.privateKeyPath,data:data44};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data39.hostKey !== undefined){
let data45 = data39.hostKey;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err93 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.hostKey,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.hostKey.type,parentSchema:schema72.properties.hostKey,data:data45};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.stateRoot !== undefined){
let data46 = data.stateRoot;
if(typeof data46 === "string"){
if(func2(data46) > 4096){
const err96 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!pattern5.test(data46)){
const err97 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.adopt !== undefined){
let data47 = data.adopt;
if(typeof data47 !== "boolean"){
const err99 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.adopt.type,parentSchema:schema86.properties.adopt,data:data47};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.type,parentSchema:schema86,data};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

out.zone = validate47;
const schema105 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://paddock.dev/schema/zone.schema.json","title":"ZoneArgs","description":"A Solaris/illumos-style zone (zonecfg / zoneadm) on the Linux engine: an isolated OS instance with resource controls, dedicated CPUs and a sparse root.","type":"object","properties":{"name":{"$ref":"defs.schema.json#/$defs/UnitName","description":"zonecfg zonename. Defaults to the Pulumi resource name.","default":"<the Pulumi resource name>","x-paddock-unit":"name","x-paddock-update":"replace"},"zonepath":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"zonecfg zonepath: where the zone lives on the host; must lie under the state root.","default":"<stateRoot>/zones/<name>","x-paddock-unit":"path","x-paddock-update":"replace"},"brand":{"type":"string","enum":["sparse","whole"],"description":"\"sparse\": the host's inheritPkgDir directories, read-only, and a root of the zone's own for the rest. \"whole\": a full root of its own from rootfs.","default":"sparse","x-paddock-unit":"brand","x-paddock-update":"replace"},"rootfs":{"$ref":"defs.schema.json#/$defs/Rootfs","description":"With brand \"whole\": the zone's root filesystem source.","x-paddock-unit":"source","x-paddock-update":"replace"},"inheritPkgDir":{"type":"array","items":{"$ref":"defs.schema.json#/$defs/AbsolutePath"},"description":"zonecfg inherit-pkg-dir: host directories the sparse zone shares read-only.","default":["/usr","/lib","/lib64","/bin","/sbin"],"x-paddock-unit":"paths","x-paddock-update":"replace"},"autoboot":{"type":"boolean","description":"zonecfg autoboot: start the zone when the host boots (with its network, mounts and CPUs), through a systemd service enabled for multi-user.target, under Paddock's systemd cgroup manager (the default on a host running systemd with cgroup v2). Elsewhere nothing starts it at boot: `paddock list` shows it stopped, and the next `pulumi up` starts it.","default":true,"x-paddock-unit":"flag","x-paddock-update":"live"},"ipType":{"type":"string","enum":["shared","exclusive"],"description":"zonecfg ip-type: \"exclusive\": its own stack on a Paddock Network (net); \"shared\": the host's.","default":"shared","x-paddock-unit":"ip type","x-paddock-update":"restart"},"net":{"type":"array","maxItems":1,"items":{"type":"object","properties":{"network":{"$ref":"defs.schema.json#/$defs/UnitName"},"address":{"$ref":"defs.schema.json#/$defs/IPv4"},"defrouter":{"$ref":"defs.schema.json#/$defs/IPv4"}},"required":["network"],"additionalProperties":false},"description":"zonecfg net: with ipType \"exclusive\", the zone's interface on a Paddock Network: { network, address?, defrouter? } (one for now).","default":[],"x-paddock-unit":"interfaces","x-paddock-update":"restart"},"cappedMemory":{"type":"object","properties":{"physical":{"$ref":"defs.schema.json#/$defs/Bytes"},"swap":{"$ref":"defs.schema.json#/$defs/Bytes"}},"additionalProperties":false,"description":"zonecfg capped-memory: physical (memory) and swap (memory + swap, as zonecfg counts it).","default":{},"x-paddock-unit":"bytes","x-paddock-update":"live"},"dedicatedCpu":{"type":"object","properties":{"ncpus":{"type":"integer","minimum":1,"maximum":4096}},"required":["ncpus"],"additionalProperties":false,"description":"zonecfg dedicated-cpu: host CPUs for this zone alone, never given to another zone (cpuset).","x-paddock-unit":"CPUs","x-paddock-update":"live"},"cappedCpu":{"type":"object","properties":{"ncpus":{"type":"number","exclusiveMinimum":0,"maximum":4096}},"required":["ncpus"],"additionalProperties":false,"description":"zonecfg capped-cpu: CPU time as a number of CPUs (CFS quota).","x-paddock-unit":"CPUs","x-paddock-update":"live"},"cpuShares":{"type":"integer","minimum":1,"maximum":256,"description":"zonecfg cpu-shares: relative CPU weight (1 = the default weight; cgroup cpu.shares = 1024 per share).","x-paddock-unit":"shares","x-paddock-update":"live"},"maxLwps":{"type":"integer","minimum":1,"maximum":4194304,"description":"zonecfg max-lwps: most threads and processes (pids.max).","x-paddock-unit":"count","x-paddock-update":"live"},"limitpriv":{"type":"array","items":{"type":"string","pattern":"^-?[a-z_]+$"},"description":"zonecfg limitpriv: \"default\" plus privileges to add, or to take away with \"-\" (e.g. \"-net_raw\"). Supported: default, net_raw, net_privaddr, net_admin, sys_time, sys_admin, sys_mount, proc_setid, file_chown, sys_resource.","default":["default"],"x-paddock-unit":"privileges","x-paddock-update":"restart"},"fs":{"type":"array","items":{"type":"object","properties":{"dir":{"$ref":"defs.schema.json#/$defs/ContainerPath"},"special":{"$ref":"defs.schema.json#/$defs/AbsolutePath"},"type":{"type":"string","enum":["bind","lofs"],"default":"lofs"},"options":{"type":"array","items":{"type":"string","enum":["ro","rw"]}},"unsafeHostWrite":{"type":"boolean","default":false,"description":"Allow this mount to be writable although its source is a system path of the host (/, /etc, /boot, /usr, /bin, /sbin, /lib*, /proc, /sys, /dev, a directory holding them) or Paddock's state root. Such a mount lets the unit change or destroy the host: set it only for a unit that is meant to manage the host. Default false: such a source is refused unless the mount is read-only."}},"required":["dir","special"],"additionalProperties":false},"description":"zonecfg fs: host directories mounted in the zone ({ dir, special, type: \"lofs\" | \"bind\", options: [\"ro\"] }).","default":[],"x-paddock-unit":"mounts","x-paddock-update":"restart"},"init":{"type":"array","minItems":1,"prefixItems":[{"type":"string","pattern":"^/[^\\u0000]*$"}],"items":{"type":"string","pattern":"^[^\\u0000]*$"},"description":"What the zone boots, as an argument vector. Without it the zone stays booted with a holder process.","x-paddock-unit":"argv","x-paddock-update":"restart"},"restart":{"$ref":"defs.schema.json#/$defs/Restart","description":"Whether the unit's init is started again when it exits: \"no\"; \"on-failure\" (exited non-zero, killed by a signal other than SIGTERM, SIGINT, SIGHUP or SIGPIPE, or its start failed); \"always\" (whenever it exits, except when Paddock stops it). Needs Paddock's systemd cgroup manager, the default on a host running systemd with cgroup v2: refused at `pulumi up` elsewhere (cgroup v1, no systemd, PADDOCK_CGROUP_MANAGER=cgroupfs), unless \"no\".","default":"no","x-paddock-unit":"policy","x-paddock-update":"live"},"restartDelay":{"$ref":"defs.schema.json#/$defs/Duration","description":"How long after the init exits it is started again, under a restart policy.","default":"1s","x-paddock-unit":"duration","x-paddock-update":"live"},"restartLimit":{"$ref":"defs.schema.json#/$defs/RestartLimit","description":"At most `attempts` starts within `within`; past it the unit stays down (systemd's StartLimitBurst and StartLimitIntervalSec).","default":{"attempts":5,"within":"1m"},"x-paddock-unit":"limit","x-paddock-update":"live"},"userns":{"type":"string","enum":["private","host"],"description":"Whose user ids the unit's processes run as. \"private\" (the default): the unit gets a user namespace of its own, in which its ids 0-65535 are a range of 65536 host ids no other unit has (allocated at `pulumi up`, recorded in the output `idMap`, kept across restarts and reboots), so its root is no one on the host: a process that escapes the unit's namespaces has no privilege over host files, processes or devices. Its root filesystem, bind mounts and volumes are idmapped mounts, so files keep their ids on disk (a shared base stays shared, a jail's path and a bind source are written with the unit's ids as the unit sees them). \"host\": the unit's ids are the host's own (uid 0 inside is uid 0 outside), as every unit had before user namespaces were the default (a unit made then keeps them until it is replaced); only for a program that must own host files by their host ids, or a bind source on a filesystem that cannot be idmapped, and never with untrusted code. Changing it replaces the unit.","default":"private","x-paddock-unit":"ids","x-paddock-update":"replace"},"connection":{"$ref":"defs.schema.json#/$defs/Connection","description":"The host the unit runs on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the unit; a new host or port moves the unit there as an update: its own layer and the volumes it mounts are copied while it runs, then it stops, what changed is copied, and it starts there (see the README's \"Moving a unit to another host\"); a failure leaves it running where it was.","x-paddock-unit":"ssh","x-paddock-update":"host"},"stateRoot":{"$ref":"defs.schema.json#/$defs/AbsolutePath","description":"Paddock's state directory on the host (when unset, PADDOCK_STATE_ROOT, else /var/lib/paddock).","default":"/var/lib/paddock","x-paddock-unit":"path","x-paddock-update":"replace"},"adopt":{"type":"boolean","description":"Bring a unit that already exists on the host under this stack instead of creating it: the same name under the same state root, made by another stack or by this one before its state was lost. The running unit is kept (same init process) when it matches the program; a live or restart-class difference is then applied as an update; a difference that would replace it (rootfs, name, runtime, state root) is refused. Without it, a create that finds such a unit refuses and names its owner. Read only when the resource is created.","default":false,"x-paddock-unit":"flag","x-paddock-update":"none"}},"additionalProperties":false};
const pattern95 = new RegExp("^-?[a-z_]+$", "u");

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(data && typeof data == "object" && !Array.isArray(data))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.busybox === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "busybox"},message:"must have required property '"+"busybox"+"'",schema:schema34.oneOf[0].required,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "busybox")){
const err2 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.busybox !== undefined){
let data0 = data.busybox;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const err3 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/busybox",schemaPath:"#/oneOf/0/properties/busybox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].properties.busybox.type,parentSchema:schema34.oneOf[0].properties.busybox,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[0].type,parentSchema:schema34.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.directory === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "directory"},message:"must have required property '"+"directory"+"'",schema:schema34.oneOf[1].required,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "directory")){
const err7 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.directory !== undefined){
let data1 = data.directory;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err8 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data1)){
const err9 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/directory",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[1].type,parentSchema:schema34.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tarball === undefined){
const err12 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "tarball"},message:"must have required property '"+"tarball"+"'",schema:schema34.oneOf[2].required,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data){
if(!(key3 === "tarball")){
const err13 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tarball !== undefined){
let data2 = data.tarball;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.path === undefined){
const err14 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2.sha256 === undefined){
const err15 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema34.oneOf[2].properties.tarball.required,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key4 in data2){
if(!((key4 === "path") || (key4 === "sha256"))){
const err16 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.path !== undefined){
let data3 = data2.path;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err17 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern5.test(data3)){
const err18 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/tarball/path",schemaPath:"#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.sha256 !== undefined){
let data4 = data2.sha256;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err20 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{64}$"+"\"",schema:"^[0-9a-fA-F]{64}$",parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/tarball/sha256",schemaPath:"#/oneOf/2/properties/tarball/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[2].properties.tarball.properties.sha256.type,parentSchema:schema34.oneOf[2].properties.tarball.properties.sha256,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/tarball",schemaPath:"#/oneOf/2/properties/tarball/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].properties.tarball.type,parentSchema:schema34.oneOf[2].properties.tarball,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[2].type,parentSchema:schema34.oneOf[2],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs25 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.debootstrap === undefined){
const err24 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "debootstrap"},message:"must have required property '"+"debootstrap"+"'",schema:schema34.oneOf[3].required,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key5 in data){
if(!(key5 === "debootstrap")){
const err25 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.debootstrap !== undefined){
let data5 = data.debootstrap;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.suite === undefined){
const err26 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/required",keyword:"required",params:{missingProperty: "suite"},message:"must have required property '"+"suite"+"'",schema:schema34.oneOf[3].properties.debootstrap.required,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key6 in data5){
if(!((((key6 === "suite") || (key6 === "variant")) || (key6 === "include")) || (key6 === "mirror"))){
const err27 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.suite !== undefined){
let data6 = data5.suite;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err28 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,30}$"+"\"",schema:"^[a-z][a-z0-9-]{1,30}$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/debootstrap/suite",schemaPath:"#/oneOf/3/properties/debootstrap/properties/suite/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.suite.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.suite,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.variant !== undefined){
let data7 = data5.variant;
if(typeof data7 !== "string"){
const err30 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data7 === "minbase") || (data7 === "buildd")) || (data7 === "default"))){
const err31 = {instancePath:instancePath+"/debootstrap/variant",schemaPath:"#/oneOf/3/properties/debootstrap/properties/variant/enum",keyword:"enum",params:{allowedValues: schema34.oneOf[3].properties.debootstrap.properties.variant.enum},message:"must be equal to one of the allowed values",schema:schema34.oneOf[3].properties.debootstrap.properties.variant.enum,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.variant,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.include !== undefined){
let data8 = data5.include;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(!pattern9.test(data9)){
const err32 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9+.-]+$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9+.-]+$"+"\"",schema:"^[a-z0-9][a-z0-9+.-]+$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/debootstrap/include/" + i0,schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.include.items.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/debootstrap/include",schemaPath:"#/oneOf/3/properties/debootstrap/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.oneOf[3].properties.debootstrap.properties.include.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.include,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.mirror !== undefined){
let data10 = data5.mirror;
if(typeof data10 === "string"){
if(!pattern10.test(data10)){
const err35 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/pattern",keyword:"pattern",params:{pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"},message:"must match pattern \""+"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$"+"\"",schema:"^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$",parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/debootstrap/mirror",schemaPath:"#/oneOf/3/properties/debootstrap/properties/mirror/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.oneOf[3].properties.debootstrap.properties.mirror.type,parentSchema:schema34.oneOf[3].properties.debootstrap.properties.mirror,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/debootstrap",schemaPath:"#/oneOf/3/properties/debootstrap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].properties.debootstrap.type,parentSchema:schema34.oneOf[3].properties.debootstrap,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.oneOf[3].type,parentSchema:schema34.oneOf[3],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err39 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.oneOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
validate48.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "attempts") || (key0 === "within"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.attempts !== undefined){
let data0 = data.attempts;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.attempts.type,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 > 1000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70.properties.attempts,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.within !== undefined){
let data1 = data.within;
if(typeof data1 === "string"){
if(!pattern38.test(data1)){
const err4 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://paddock.dev/schema/zone.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema105.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/name",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.zonepath !== undefined){
let data1 = data.zonepath;
if(typeof data1 === "string"){
if(func2(data1) > 4096){
const err3 = {instancePath:instancePath+"/zonepath",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/zonepath",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/zonepath",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.brand !== undefined){
let data2 = data.brand;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.brand.type,parentSchema:schema105.properties.brand,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "sparse") || (data2 === "whole"))){
const err7 = {instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/enum",keyword:"enum",params:{allowedValues: schema105.properties.brand.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.brand.enum,parentSchema:schema105.properties.brand,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.rootfs !== undefined){
if(!(validate48(data.rootfs, {instancePath:instancePath+"/rootfs",parentData:data,parentDataProperty:"rootfs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
if(data.inheritPkgDir !== undefined){
let data4 = data.inheritPkgDir;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 4096){
const err8 = {instancePath:instancePath+"/inheritPkgDir/" + i0,schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data5)){
const err9 = {instancePath:instancePath+"/inheritPkgDir/" + i0,schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/inheritPkgDir/" + i0,schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/inheritPkgDir",schemaPath:"#/properties/inheritPkgDir/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.inheritPkgDir.type,parentSchema:schema105.properties.inheritPkgDir,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.autoboot !== undefined){
let data6 = data.autoboot;
if(typeof data6 !== "boolean"){
const err12 = {instancePath:instancePath+"/autoboot",schemaPath:"#/properties/autoboot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema105.properties.autoboot.type,parentSchema:schema105.properties.autoboot,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ipType !== undefined){
let data7 = data.ipType;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/ipType",schemaPath:"#/properties/ipType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.ipType.type,parentSchema:schema105.properties.ipType,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data7 === "shared") || (data7 === "exclusive"))){
const err14 = {instancePath:instancePath+"/ipType",schemaPath:"#/properties/ipType/enum",keyword:"enum",params:{allowedValues: schema105.properties.ipType.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.ipType.enum,parentSchema:schema105.properties.ipType,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.net !== undefined){
let data8 = data.net;
if(Array.isArray(data8)){
if(data8.length > 1){
const err15 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema105.properties.net,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.network === undefined){
const err16 = {instancePath:instancePath+"/net/" + i1,schemaPath:"#/properties/net/items/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema105.properties.net.items.required,parentSchema:schema105.properties.net.items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data9){
if(!(((key1 === "network") || (key1 === "address")) || (key1 === "defrouter"))){
const err17 = {instancePath:instancePath+"/net/" + i1,schemaPath:"#/properties/net/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.net.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.network !== undefined){
let data10 = data9.network;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err18 = {instancePath:instancePath+"/net/" + i1+"/network",schemaPath:"defs.schema.json#/$defs/UnitName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{0,39}$",parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/net/" + i1+"/network",schemaPath:"defs.schema.json#/$defs/UnitName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.address !== undefined){
let data11 = data9.address;
if(typeof data11 === "string"){
if(!pattern18.test(data11)){
const err20 = {instancePath:instancePath+"/net/" + i1+"/address",schemaPath:"defs.schema.json#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/net/" + i1+"/address",schemaPath:"defs.schema.json#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.defrouter !== undefined){
let data12 = data9.defrouter;
if(typeof data12 === "string"){
if(!pattern18.test(data12)){
const err22 = {instancePath:instancePath+"/net/" + i1+"/defrouter",schemaPath:"defs.schema.json#/$defs/IPv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema44,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/net/" + i1+"/defrouter",schemaPath:"defs.schema.json#/$defs/IPv4/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.type,parentSchema:schema44,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/net/" + i1,schemaPath:"#/properties/net/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.net.items.type,parentSchema:schema105.properties.net.items,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.net.type,parentSchema:schema105.properties.net,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.cappedMemory !== undefined){
let data13 = data.cappedMemory;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!((key2 === "physical") || (key2 === "swap"))){
const err26 = {instancePath:instancePath+"/cappedMemory",schemaPath:"#/properties/cappedMemory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.cappedMemory,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.physical !== undefined){
let data14 = data13.physical;
if(typeof data14 === "string"){
if(!pattern22.test(data14)){
const err27 = {instancePath:instancePath+"/cappedMemory/physical",schemaPath:"defs.schema.json#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(formats0.validate(data14))){
const err28 = {instancePath:instancePath+"/cappedMemory/physical",schemaPath:"defs.schema.json#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/cappedMemory/physical",schemaPath:"defs.schema.json#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.swap !== undefined){
let data15 = data13.swap;
if(typeof data15 === "string"){
if(!pattern22.test(data15)){
const err30 = {instancePath:instancePath+"/cappedMemory/swap",schemaPath:"defs.schema.json#/$defs/Bytes/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$"+"\"",schema:"^[0-9]+(\\.[0-9]+)?\\s*(B|KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB)$",parentSchema:schema51,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(formats0.validate(data15))){
const err31 = {instancePath:instancePath+"/cappedMemory/swap",schemaPath:"defs.schema.json#/$defs/Bytes/format",keyword:"format",params:{format: "paddock-size"},message:"must match format \""+"paddock-size"+"\"",schema:"paddock-size",parentSchema:schema51,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/cappedMemory/swap",schemaPath:"defs.schema.json#/$defs/Bytes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/cappedMemory",schemaPath:"#/properties/cappedMemory/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.cappedMemory.type,parentSchema:schema105.properties.cappedMemory,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.dedicatedCpu !== undefined){
let data16 = data.dedicatedCpu;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.ncpus === undefined){
const err34 = {instancePath:instancePath+"/dedicatedCpu",schemaPath:"#/properties/dedicatedCpu/required",keyword:"required",params:{missingProperty: "ncpus"},message:"must have required property '"+"ncpus"+"'",schema:schema105.properties.dedicatedCpu.required,parentSchema:schema105.properties.dedicatedCpu,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data16){
if(!(key3 === "ncpus")){
const err35 = {instancePath:instancePath+"/dedicatedCpu",schemaPath:"#/properties/dedicatedCpu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.dedicatedCpu,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.ncpus !== undefined){
let data17 = data16.ncpus;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err36 = {instancePath:instancePath+"/dedicatedCpu/ncpus",schemaPath:"#/properties/dedicatedCpu/properties/ncpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.dedicatedCpu.properties.ncpus.type,parentSchema:schema105.properties.dedicatedCpu.properties.ncpus,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 4096 || isNaN(data17)){
const err37 = {instancePath:instancePath+"/dedicatedCpu/ncpus",schemaPath:"#/properties/dedicatedCpu/properties/ncpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema105.properties.dedicatedCpu.properties.ncpus,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err38 = {instancePath:instancePath+"/dedicatedCpu/ncpus",schemaPath:"#/properties/dedicatedCpu/properties/ncpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.dedicatedCpu.properties.ncpus,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/dedicatedCpu",schemaPath:"#/properties/dedicatedCpu/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.dedicatedCpu.type,parentSchema:schema105.properties.dedicatedCpu,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.cappedCpu !== undefined){
let data18 = data.cappedCpu;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.ncpus === undefined){
const err40 = {instancePath:instancePath+"/cappedCpu",schemaPath:"#/properties/cappedCpu/required",keyword:"required",params:{missingProperty: "ncpus"},message:"must have required property '"+"ncpus"+"'",schema:schema105.properties.cappedCpu.required,parentSchema:schema105.properties.cappedCpu,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data18){
if(!(key4 === "ncpus")){
const err41 = {instancePath:instancePath+"/cappedCpu",schemaPath:"#/properties/cappedCpu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.cappedCpu,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.ncpus !== undefined){
let data19 = data18.ncpus;
if(typeof data19 == "number"){
if(data19 > 4096 || isNaN(data19)){
const err42 = {instancePath:instancePath+"/cappedCpu/ncpus",schemaPath:"#/properties/cappedCpu/properties/ncpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096",schema:4096,parentSchema:schema105.properties.cappedCpu.properties.ncpus,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data19 <= 0 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/cappedCpu/ncpus",schemaPath:"#/properties/cappedCpu/properties/ncpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema105.properties.cappedCpu.properties.ncpus,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/cappedCpu/ncpus",schemaPath:"#/properties/cappedCpu/properties/ncpus/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema105.properties.cappedCpu.properties.ncpus.type,parentSchema:schema105.properties.cappedCpu.properties.ncpus,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/cappedCpu",schemaPath:"#/properties/cappedCpu/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.cappedCpu.type,parentSchema:schema105.properties.cappedCpu,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.cpuShares !== undefined){
let data20 = data.cpuShares;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err46 = {instancePath:instancePath+"/cpuShares",schemaPath:"#/properties/cpuShares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.cpuShares.type,parentSchema:schema105.properties.cpuShares,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 > 256 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/cpuShares",schemaPath:"#/properties/cpuShares/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema105.properties.cpuShares,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/cpuShares",schemaPath:"#/properties/cpuShares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.cpuShares,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.maxLwps !== undefined){
let data21 = data.maxLwps;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err49 = {instancePath:instancePath+"/maxLwps",schemaPath:"#/properties/maxLwps/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema105.properties.maxLwps.type,parentSchema:schema105.properties.maxLwps,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 > 4194304 || isNaN(data21)){
const err50 = {instancePath:instancePath+"/maxLwps",schemaPath:"#/properties/maxLwps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4194304},message:"must be <= 4194304",schema:4194304,parentSchema:schema105.properties.maxLwps,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err51 = {instancePath:instancePath+"/maxLwps",schemaPath:"#/properties/maxLwps/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema105.properties.maxLwps,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
if(data.limitpriv !== undefined){
let data22 = data.limitpriv;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 === "string"){
if(!pattern95.test(data23)){
const err52 = {instancePath:instancePath+"/limitpriv/" + i2,schemaPath:"#/properties/limitpriv/items/pattern",keyword:"pattern",params:{pattern: "^-?[a-z_]+$"},message:"must match pattern \""+"^-?[a-z_]+$"+"\"",schema:"^-?[a-z_]+$",parentSchema:schema105.properties.limitpriv.items,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/limitpriv/" + i2,schemaPath:"#/properties/limitpriv/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.limitpriv.items.type,parentSchema:schema105.properties.limitpriv.items,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/limitpriv",schemaPath:"#/properties/limitpriv/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.limitpriv.type,parentSchema:schema105.properties.limitpriv,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.fs !== undefined){
let data24 = data.fs;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.dir === undefined){
const err55 = {instancePath:instancePath+"/fs/" + i3,schemaPath:"#/properties/fs/items/required",keyword:"required",params:{missingProperty: "dir"},message:"must have required property '"+"dir"+"'",schema:schema105.properties.fs.items.required,parentSchema:schema105.properties.fs.items,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data25.special === undefined){
const err56 = {instancePath:instancePath+"/fs/" + i3,schemaPath:"#/properties/fs/items/required",keyword:"required",params:{missingProperty: "special"},message:"must have required property '"+"special"+"'",schema:schema105.properties.fs.items.required,parentSchema:schema105.properties.fs.items,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key5 in data25){
if(!(((((key5 === "dir") || (key5 === "special")) || (key5 === "type")) || (key5 === "options")) || (key5 === "unsafeHostWrite"))){
const err57 = {instancePath:instancePath+"/fs/" + i3,schemaPath:"#/properties/fs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema105.properties.fs.items,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data25.dir !== undefined){
let data26 = data25.dir;
if(typeof data26 === "string"){
if(func2(data26) > 4096){
const err58 = {instancePath:instancePath+"/fs/" + i3+"/dir",schemaPath:"defs.schema.json#/$defs/ContainerPath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern5.test(data26)){
const err59 = {instancePath:instancePath+"/fs/" + i3+"/dir",schemaPath:"defs.schema.json#/$defs/ContainerPath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/fs/" + i3+"/dir",schemaPath:"defs.schema.json#/$defs/ContainerPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data25.special !== undefined){
let data27 = data25.special;
if(typeof data27 === "string"){
if(func2(data27) > 4096){
const err61 = {instancePath:instancePath+"/fs/" + i3+"/special",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern5.test(data27)){
const err62 = {instancePath:instancePath+"/fs/" + i3+"/special",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/fs/" + i3+"/special",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data25.type !== undefined){
let data28 = data25.type;
if(typeof data28 !== "string"){
const err64 = {instancePath:instancePath+"/fs/" + i3+"/type",schemaPath:"#/properties/fs/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.fs.items.properties.type.type,parentSchema:schema105.properties.fs.items.properties.type,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((data28 === "bind") || (data28 === "lofs"))){
const err65 = {instancePath:instancePath+"/fs/" + i3+"/type",schemaPath:"#/properties/fs/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema105.properties.fs.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.fs.items.properties.type.enum,parentSchema:schema105.properties.fs.items.properties.type,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data25.options !== undefined){
let data29 = data25.options;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(typeof data30 !== "string"){
const err66 = {instancePath:instancePath+"/fs/" + i3+"/options/" + i4,schemaPath:"#/properties/fs/items/properties/options/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.fs.items.properties.options.items.type,parentSchema:schema105.properties.fs.items.properties.options.items,data:data30};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((data30 === "ro") || (data30 === "rw"))){
const err67 = {instancePath:instancePath+"/fs/" + i3+"/options/" + i4,schemaPath:"#/properties/fs/items/properties/options/items/enum",keyword:"enum",params:{allowedValues: schema105.properties.fs.items.properties.options.items.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.fs.items.properties.options.items.enum,parentSchema:schema105.properties.fs.items.properties.options.items,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/fs/" + i3+"/options",schemaPath:"#/properties/fs/items/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.fs.items.properties.options.type,parentSchema:schema105.properties.fs.items.properties.options,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data25.unsafeHostWrite !== undefined){
let data31 = data25.unsafeHostWrite;
if(typeof data31 !== "boolean"){
const err69 = {instancePath:instancePath+"/fs/" + i3+"/unsafeHostWrite",schemaPath:"#/properties/fs/items/properties/unsafeHostWrite/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema105.properties.fs.items.properties.unsafeHostWrite.type,parentSchema:schema105.properties.fs.items.properties.unsafeHostWrite,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/fs/" + i3,schemaPath:"#/properties/fs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.properties.fs.items.type,parentSchema:schema105.properties.fs.items,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/fs",schemaPath:"#/properties/fs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.fs.type,parentSchema:schema105.properties.fs,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.init !== undefined){
let data32 = data.init;
if(Array.isArray(data32)){
if(data32.length < 1){
const err72 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema105.properties.init,data:data32};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len5 = data32.length;
if(len5 > 0){
let data33 = data32[0];
if(typeof data33 === "string"){
if(!pattern11.test(data33)){
const err73 = {instancePath:instancePath+"/init/0",schemaPath:"#/properties/init/prefixItems/0/pattern",keyword:"pattern",params:{pattern: "^/[^\\u0000]*$"},message:"must match pattern \""+"^/[^\\u0000]*$"+"\"",schema:"^/[^\\u0000]*$",parentSchema:schema105.properties.init.prefixItems[0],data:data33};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/init/0",schemaPath:"#/properties/init/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.init.prefixItems[0].type,parentSchema:schema105.properties.init.prefixItems[0],data:data33};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
const len6 = data32.length;
var valid27 = len6 <= 1;
if(!valid27){
for(let i5=1; i5<len6; i5++){
let data34 = data32[i5];
const _errs84 = errors;
if(typeof data34 === "string"){
if(!pattern12.test(data34)){
const err75 = {instancePath:instancePath+"/init/" + i5,schemaPath:"#/properties/init/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000]*$"},message:"must match pattern \""+"^[^\\u0000]*$"+"\"",schema:"^[^\\u0000]*$",parentSchema:schema105.properties.init.items,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/init/" + i5,schemaPath:"#/properties/init/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.init.items.type,parentSchema:schema105.properties.init.items,data:data34};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var valid27 = _errs84 === errors;
}
}
}
else {
const err77 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.properties.init.type,parentSchema:schema105.properties.init,data:data32};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.restart !== undefined){
let data35 = data.restart;
if(typeof data35 !== "string"){
const err78 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!(((data35 === "no") || (data35 === "on-failure")) || (data35 === "always"))){
const err79 = {instancePath:instancePath+"/restart",schemaPath:"defs.schema.json#/$defs/Restart/enum",keyword:"enum",params:{allowedValues: schema68.enum},message:"must be equal to one of the allowed values",schema:schema68.enum,parentSchema:schema68,data:data35};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.restartDelay !== undefined){
let data36 = data.restartDelay;
if(typeof data36 === "string"){
if(!pattern38.test(data36)){
const err80 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema66,data:data36};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/restartDelay",schemaPath:"defs.schema.json#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data36};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.restartLimit !== undefined){
if(!(validate50(data.restartLimit, {instancePath:instancePath+"/restartLimit",parentData:data,parentDataProperty:"restartLimit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
if(data.userns !== undefined){
let data38 = data.userns;
if(typeof data38 !== "string"){
const err82 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.properties.userns.type,parentSchema:schema105.properties.userns,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(!((data38 === "private") || (data38 === "host"))){
const err83 = {instancePath:instancePath+"/userns",schemaPath:"#/properties/userns/enum",keyword:"enum",params:{allowedValues: schema105.properties.userns.enum},message:"must be equal to one of the allowed values",schema:schema105.properties.userns.enum,parentSchema:schema105.properties.userns,data:data38};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.connection !== undefined){
let data39 = data.connection;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.host === undefined){
const err84 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema72.required,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data39.hostKey === undefined){
const err85 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/required",keyword:"required",params:{missingProperty: "hostKey"},message:"must have required property '"+"hostKey"+"'",schema:schema72.required,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key6 in data39){
if(!((((((key6 === "host") || (key6 === "port")) || (key6 === "user")) || (key6 === "privateKey")) || (key6 === "privateKeyPath")) || (key6 === "hostKey"))){
const err86 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data39.host !== undefined){
let data40 = data39.host;
if(typeof data40 === "string"){
if(func2(data40) > 253){
const err87 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters",schema:253,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(func2(data40) < 1){
const err88 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern41.test(data40)){
const err89 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$",parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/connection/host",schemaPath:"defs.schema.json#/$defs/Connection/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.host.type,parentSchema:schema72.properties.host,data:data40};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data39.port !== undefined){
let data41 = data39.port;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err91 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.port.type,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 > 65535 || isNaN(data41)){
const err92 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err93 = {instancePath:instancePath+"/connection/port",schemaPath:"defs.schema.json#/$defs/Connection/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.port,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
if(data39.user !== undefined){
let data42 = data39.user;
if(typeof data42 === "string"){
if(func2(data42) > 64){
const err94 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(func2(data42) < 1){
const err95 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!pattern42.test(data42)){
const err96 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/pattern",keyword:"pattern",params:{pattern: "^[a-z_][a-z0-9_.-]*$"},message:"must match pattern \""+"^[a-z_][a-z0-9_.-]*$"+"\"",schema:"^[a-z_][a-z0-9_.-]*$",parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/connection/user",schemaPath:"defs.schema.json#/$defs/Connection/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data42};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data39.privateKey !== undefined){
let data43 = data39.privateKey;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err98 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKey,data:data43};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/connection/privateKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKey.type,parentSchema:schema72.properties.privateKey,data:data43};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data39.privateKeyPath !== undefined){
let data44 = data39.privateKeyPath;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err100 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.privateKeyPath,data:data44};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/connection/privateKeyPath",schemaPath:"defs.schema.json#/$defs/Connection/properties/privateKeyPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.privateKeyPath.type,parentSchema:schema72.properties.privateKeyPath,data:data44};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data39.hostKey !== undefined){
let data45 = data39.hostKey;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err102 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.hostKey,data:data45};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/connection/hostKey",schemaPath:"defs.schema.json#/$defs/Connection/properties/hostKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.hostKey.type,parentSchema:schema72.properties.hostKey,data:data45};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/connection",schemaPath:"defs.schema.json#/$defs/Connection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data:data39};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.stateRoot !== undefined){
let data46 = data.stateRoot;
if(typeof data46 === "string"){
if(func2(data46) > 4096){
const err105 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!pattern5.test(data46)){
const err106 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/pattern",keyword:"pattern",params:{pattern: "^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"},message:"must match pattern \""+"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$"+"\"",schema:"^/(?!.*(^|/)\\.\\.?(/|$))(?!.*//)[^\\u0000]*$",parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/stateRoot",schemaPath:"defs.schema.json#/$defs/AbsolutePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data46};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data.adopt !== undefined){
let data47 = data.adopt;
if(typeof data47 !== "boolean"){
const err108 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema105.properties.adopt.type,parentSchema:schema105.properties.adopt,data:data47};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.type,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

return out;
}
