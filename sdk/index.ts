export { Container } from "./container";
export type { ContainerArgs, Rootfs } from "./container";
export { Network } from "./network";
export type { NetworkArgs } from "./network";
