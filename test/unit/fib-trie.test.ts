import * as assert from "assert";
import { localAddresses } from "../../provider/linux/network";

describe("a unit's addresses from /proc/<pid>/net/fib_trie", () => {
  it("lists the /32 host LOCAL entries, not broadcast or network addresses", () => {
    const trie = [
      "Main:", "  +-- 0.0.0.0/0 3 0 5", "     +-- 10.77.0.0/24 2 0 2", "        |-- 10.77.0.0", "           /24 link UNICAST",
      "        |-- 10.77.0.9", "           /32 host LOCAL", "        |-- 10.77.0.255", "           /32 link BROADCAST",
      "     +-- 127.0.0.0/8 2 0 2", "           |-- 127.0.0.1", "              /32 host LOCAL",
      "Local:", "        |-- 10.77.0.9", "           /32 host LOCAL",
    ].join("\n");
    assert.deepStrictEqual(localAddresses(trie), ["10.77.0.9", "127.0.0.1"]);
  });
});
