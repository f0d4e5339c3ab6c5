/// `~` and `~/…` in a typed path, against a given home folder (not the process's environment).
public enum PathExpansion {
    public static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }
}
