/* Generated from schema/ by scripts/generate-types.js: do not edit; run `npm run generate`. */

/**
 * The volume's name, which mounts refer to. Defaults to the Pulumi resource name.
 */
export type UnitName = string;
/**
 * The intended size: recorded, and reported against the space used (output usedBytes; `paddock list` flags a volume over it). Not enforced yet (output quotaEnforced is false): enforcing needs project quotas, which this engine does not set up.
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
