import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { observedPorts } from "../../provider/core/port-rules";
import type { PortSpec } from "../../provider/core/spec";

// Real `nft -j list table` output (nft 1.0.6) for a table written the way writePortTable writes it.
const table = fs.readFileSync(path.resolve(__dirname, "../../../test/unit/fixtures/port-table.nft.json"), "utf8");
const web: PortSpec = { hostPort: 8080, containerPort: 80, protocol: "tcp", hostAddress: "0.0.0.0" };
const dns: PortSpec = { hostPort: 5353, containerPort: 53, protocol: "udp", hostAddress: "127.0.0.1" };

/** The table with the rules for which drop() is true removed, as if deleted by hand. */
function without(drop: (chain: string, text: string) => boolean): string {
  const doc = JSON.parse(table) as { nftables: { rule?: { chain: string } }[] };
  doc.nftables = doc.nftables.filter((o) => !o.rule || !drop(o.rule.chain, JSON.stringify(o.rule)));
  return JSON.stringify(doc);
}

describe("port forwards observed in a unit's nftables table", () => {
  it("GIVEN the table as written THEN every declared forward is there, in declared order", () => {
    assert.deepStrictEqual(observedPorts([dns, web], "10.1.0.5", table), [dns, web]);
  });

  it("GIVEN any one of a forward's three rules deleted THEN that forward is not there and the other is", () => {
    for (const chain of ["prerouting", "output", "postrouting"]) {
      const t = without((c, text) => c === chain && text.includes('"right":53'));
      assert.deepStrictEqual(observedPorts([web, dns], "10.1.0.5", t), [web], chain);
    }
  });

  it("GIVEN rules pointing at another address (a unit re-addressed) THEN none counts", () => {
    assert.deepStrictEqual(observedPorts([web, dns], "10.1.0.6", table), []);
  });

  it("GIVEN a forward in the table that is not declared THEN it shows as an extra forward", () => {
    assert.deepStrictEqual(observedPorts([web], "10.1.0.5", table), [web, dns]);
  });

  it("GIVEN no rules at all THEN nothing is there", () => {
    assert.deepStrictEqual(observedPorts([web], "10.1.0.5", without(() => true)), []);
  });
});
