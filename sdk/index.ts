export { Container } from "./container";
export type { ContainerArgs, Rootfs } from "./container";
export { Network } from "./network";
export type { NetworkArgs } from "./network";
export { Volume } from "./volume";
export type { VolumeArgs } from "./volume";
