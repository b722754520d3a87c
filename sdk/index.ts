export { Container } from "./container";
export type { ContainerArgs, Rootfs } from "./container";
