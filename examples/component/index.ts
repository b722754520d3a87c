import * as pulumi from "@pulumi/pulumi";
import { Container, Network } from "pulumi-paddock";

const httpd = ["/usr/sbin/httpd", "-f", "-p", "80", "-h", "/etc"];

/** A cache tier: a component inside a component, on its parent's network. */
class CacheTier extends pulumi.ComponentResource {
  readonly address: pulumi.Output<string>;

  constructor(name: string, args: { network: pulumi.Input<string> }, opts?: pulumi.ComponentResourceOptions) {
    super("example:paddock:CacheTier", name, {}, opts);
    const unit = new Container(`${name}-0`, {
      rootfs: { busybox: {} },
      command: httpd,
      network: { mode: "bridge", network: args.network },
      stopTimeout: "1s",
    }, { parent: this });
    this.address = unit.address;
    this.registerOutputs({ address: this.address });
  }
}

/**
 * A site as a platform team would package it: its own Network, a database unit,
 * a web unit that is told the database's address, and a nested cache tier.
 * Every Paddock resource is a child of the component (`parent: this`).
 */
class Site extends pulumi.ComponentResource {
  readonly dbAddress: pulumi.Output<string>;
  readonly webAddress: pulumi.Output<string>;
  readonly webPid: pulumi.Output<number>;
  readonly cacheAddress: pulumi.Output<string>;

  constructor(name: string, args: { subnet: string }, opts?: pulumi.ComponentResourceOptions) {
    super("example:paddock:Site", name, {}, opts);
    const net = new Network(`${name}-net`, { subnet: args.subnet }, { parent: this });
    const db = new Container(`${name}-db`, {
      rootfs: { busybox: {} },
      command: httpd,
      network: { mode: "bridge", network: net.name },
      stopTimeout: "1s",
    }, { parent: this });
    const web = new Container(`${name}-web`, {
      rootfs: { busybox: {} },
      command: httpd,
      env: { DB_ADDRESS: db.address },
      network: { mode: "bridge", network: net.name },
      stopTimeout: "1s",
    }, { parent: this });
    const cache = new CacheTier(`${name}-cache`, { network: net.name }, { parent: this });
    this.dbAddress = db.address;
    this.webAddress = web.address;
    this.webPid = web.pid;
    this.cacheAddress = cache.address;
    this.registerOutputs({ dbAddress: this.dbAddress, webAddress: this.webAddress, cacheAddress: this.cacheAddress });
  }
}

const site = new Site("shop", { subnet: process.env.PADDOCK_EXAMPLE_SUBNET ?? "10.79.5.0/24" });

export const dbAddress = site.dbAddress;
export const webAddress = site.webAddress;
export const webPid = site.webPid;
export const cacheAddress = site.cacheAddress;
