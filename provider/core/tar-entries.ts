/**
 * Which tarball entries may be extracted into a base. Pure: it judges names
 * and link targets only. Refused: absolute names, ".." components, hard links
 * outside the archive, relative symlinks that climb out of the root, and any
 * entry below a symlink of the archive (extracting it would follow the link).
 * Absolute symlinks are allowed: inside the unit they resolve within its root.
 */
export interface TarEntry {
  readonly name: string;
  readonly type: "file" | "dir" | "symlink" | "hardlink" | "other";
  readonly linkname?: string;
}

export function normalizeEntryName(name: string): string {
  return name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}

/** The first reason the archive is unsafe, or undefined when every entry stays inside the root. */
export function unsafeEntry(entries: readonly TarEntry[]): string | undefined {
  const symlinks = new Set<string>();
  for (const e of entries) {
    const name = normalizeEntryName(e.name);
    if (e.name.startsWith("/")) return `entry \`${e.name}\` has an absolute path`;
    if (name.split("/").includes("..")) return `entry \`${e.name}\` climbs out with '..'`;
    const parts = name.split("/");
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join("/");
      if (symlinks.has(parent)) return `entry \`${e.name}\` lies below the symlink \`${parent}\``;
    }
    if (e.type === "hardlink") {
      const target = e.linkname ?? "";
      if (target.startsWith("/") || normalizeEntryName(target).split("/").includes("..")) return `hard link \`${e.name}\` points outside the archive (\`${target}\`)`;
    }
    if (e.type === "symlink") {
      const target = e.linkname ?? "";
      if (!target.startsWith("/") && climbsOut(parts.slice(0, -1), target)) return `symlink \`${e.name}\` points outside the root (\`${target}\`)`;
      if (name) symlinks.add(name);
    }
  }
  return undefined;
}

function climbsOut(dir: readonly string[], target: string): boolean {
  let depth = dir.length;
  for (const part of target.split("/")) {
    if (part === "..") depth--;
    else if (part !== "." && part !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}
