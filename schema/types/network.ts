/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The network's name, which units refer to. Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * The bridge interface. Created if missing; removed on delete only when Paddock created it. The default is shortened to 15 characters, the kernel's limit for an interface name.
 */
export type Ifname = string;
/**
 * The units' subnet.
 */
export type Subnet = string;
/**
 * The bridge's address and the units' default route. Defaults to the subnet's first address.
 */
export type IPv4 = string;
/**
 * Paddock's state directory on the host; Containers on this network must use the same. When unset, PADDOCK_STATE_ROOT of the Pulumi program, else /var/lib/paddock.
 */
export type AbsolutePath = string;

/**
 * A Paddock network: a Linux bridge with a gateway address, a subnet units get addresses from, optional outbound NAT and isolation from other Paddock networks (after OpenVZ venet and Solaris exclusive-IP zones).
 */
export interface NetworkArgs {
  name?: UnitName;
  bridge?: Ifname;
  subnet: Subnet;
  gateway?: IPv4;
  /**
   * Masquerade the subnet's traffic leaving through other interfaces, so units reach the outside. Turns on IPv4 forwarding on the host.
   */
  nat?: boolean;
  /**
   * Drop traffic between this network's units and other Paddock networks.
   */
  isolated?: boolean;
  connection?: Connection;
  stateRoot?: AbsolutePath;
  /**
   * Bring a Paddock network that already exists on the host under this stack instead of creating it (another stack's, or this one's before its state was lost). Its bridge, subnet and gateway must be as declared; nat and isolated are applied live. Read only when the resource is created.
   */
  adopt?: boolean;
}
/**
 * The host the network is on, over SSH; absent means the machine that runs Pulumi. A change of its user, key or pinned host key is recorded without touching the host; a new host or port replaces it.
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
