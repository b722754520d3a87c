/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The volume's name, which mounts refer to. Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * The volume's size, enforced: with a size the volume is its own ext4 filesystem of exactly that size (a sparse image, loop-mounted), so writes beyond it fail with ENOSPC on any host filesystem. It may grow (live: online while units use it, where the host allows resize); shrinking, adding a size to a volume made without one, or removing it are refused at preview. Without a size, a plain directory. Output quotaEnforced says whether the filesystem is mounted now.
 */
export type Bytes = string;
/**
 * Paddock's state directory on the host; units mounting the volume must use the same. When unset, PADDOCK_STATE_ROOT of the Pulumi program, else /var/lib/paddock.
 */
export type AbsolutePath = string;

/**
 * Data that outlives the units that mount it: a directory under Paddock's state root, mounted with { type: "volume", source: volume.name, target }.
 */
export interface VolumeArgs {
  name?: UnitName;
  size?: Bytes;
  connection?: Connection;
  stateRoot?: AbsolutePath;
  /**
   * Bring a Paddock volume that already exists on the host, made by another stack, under this stack with its data. Without it such a volume is refused (this resource's own volume, from a lost state or an interrupted run, is taken back with its data). The stack that managed it before only forgets it on destroy. Read only when the resource is created.
   */
  adopt?: boolean;
}
/**
 * The host the volume is on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the host; a new host or port moves the volume there with its data, and its copy here is removed once no unit here mounts it.
 */
export interface Connection {
  /**
   * The host's name or address.
   */
  host: string;
  /**
   * Its SSH port.
   */
  port?: number;
  /**
   * The login: root, or a user whose operations may run as root (Paddock drives namespaces, cgroups and mounts).
   */
  user?: string;
  /**
   * The login's private key (OpenSSH or PEM text). Pass it as a secret (pulumi.secret or a secret config value): the resource's connection is then kept secret in the state.
   */
  privateKey?: string;
  /**
   * The login's private key as a file on the machine that runs Pulumi. Without privateKey or privateKeyPath, the ssh-agent at SSH_AUTH_SOCK.
   */
  privateKeyPath?: string;
  /**
   * The host's public key, pinned: "ssh-ed25519 AAAA..." (its /etc/ssh/ssh_host_ed25519_key.pub, or a line of ssh-keyscan) or its fingerprint "SHA256:..." (ssh-keygen -lf). A host that presents another key is refused, naming both.
   */
  hostKey: string;
}
