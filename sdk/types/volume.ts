/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The volume's name, which mounts refer to. Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * The intended size. Enforced as a project quota where the filesystem supports one; otherwise recorded and reported with the space used (output quotaEnforced says which).
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
}
