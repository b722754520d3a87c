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
  stateRoot?: AbsolutePath;
  /**
   * Bring a Paddock volume that already exists on the host, made by another stack, under this stack with its data. Without it such a volume is refused (this resource's own volume, from a lost state or an interrupted run, is taken back with its data). The stack that managed it before only forgets it on destroy. Read only when the resource is created.
   */
  adopt?: boolean;
}
