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
  stateRoot?: AbsolutePath;
  /**
   * Bring a Paddock network that already exists on the host under this stack instead of creating it (another stack's, or this one's before its state was lost). Its bridge, subnet and gateway must be as declared; nat and isolated are applied live. Read only when the resource is created.
   */
  adopt?: boolean;
}
