import Foundation

/// Where the wizard writes a letter by default: a `Recours/` folder in the user's documents folder, which is
/// `XDG_DOCUMENTS_DIR` (from the environment, else from `$XDG_CONFIG_HOME/user-dirs.dirs` as xdg-user-dirs writes
/// it), else `~/Documents` when it exists, else the home folder. `recours export` keeps its own rules (standard
/// output or `--output`).
public enum ExportFolder {
    public static let folderName = "Recours"

    /// - Parameters:
    ///   - environment: the process environment (`HOME`, `XDG_DOCUMENTS_DIR`, `XDG_CONFIG_HOME`).
    ///   - home: the home folder when the environment has no `HOME`.
    ///   - readFile: the text of a file, nil when it cannot be read (`user-dirs.dirs`).
    ///   - isDirectory: whether a path is an existing folder.
    public static func documentsDirectory(
        environment: [String: String], home fallbackHome: String,
        readFile: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) },
        isDirectory: (String) -> Bool = ExportFolder.isDirectory
    ) -> URL {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? fallbackHome
        var candidates: [String] = []
        if let value = environment["XDG_DOCUMENTS_DIR"] { candidates.append(expand(value, home: home)) }
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? (home + "/.config")
        if let text = readFile(config + "/user-dirs.dirs"), let value = userDirsValue(text, key: "XDG_DOCUMENTS_DIR") {
            candidates.append(expand(value, home: home))
        }
        candidates.append(home + "/Documents")
        let chosen = candidates.first { $0.hasPrefix("/") && isDirectory($0) } ?? home
        return URL(fileURLWithPath: chosen, isDirectory: true).standardizedFileURL
    }

    /// The folder the wizard's letters go to: `<documents>/Recours`.
    public static func lettersDirectory(
        environment: [String: String], home: String,
        readFile: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) },
        isDirectory: (String) -> Bool = ExportFolder.isDirectory
    ) -> URL {
        documentsDirectory(environment: environment, home: home, readFile: readFile, isDirectory: isDirectory)
            .appendingPathComponent(folderName, isDirectory: true)
    }

    /// The value of `KEY="…"` in a `user-dirs.dirs` file (comments and other keys ignored), unquoted.
    static func userDirsValue(_ text: String, key: String) -> String? {
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmed
            guard !line.hasPrefix("#"), line.hasPrefix(key + "=") else { continue }
            var value = String(line.dropFirst(key.count + 1)).trimmed
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// `$HOME/Documents` and `${HOME}/Documents` against a home folder; a relative path is left relative (and
    /// refused by the caller, as the XDG specification asks).
    static func expand(_ value: String, home: String) -> String {
        for prefix in ["$HOME", "${HOME}"] where value == prefix || value.hasPrefix(prefix + "/") {
            return home + value.dropFirst(prefix.count)
        }
        return PathExpansion.expandingTilde(value, home: home)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A name a file can take on every common system: no `/ \ : * ? " < > |` nor control characters (each becomes
    /// a space), no run of spaces, no leading dot or dash, at most 120 characters.
    public static func safeFileName(_ name: String) -> String {
        let unsafe: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var cleaned = String(
            name.map { character -> Character in
                if unsafe.contains(character) { return " " }
                if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    return " "
                }
                return character
            })
        cleaned = cleaned.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while let first = cleaned.first, first == "." || first == "-" { cleaned.removeFirst() }
        cleaned = String(cleaned.prefix(120)).trimmed
        return cleaned.isEmpty ? "Recours" : cleaned
    }

    /// Creates the export's folder (0700, with its parents) when it does not exist; an existing folder is left as it
    /// is (the user's own Documents folder keeps its mode).
    public static func prepareFolder(for file: URL) throws(FileWriteError) {
        let folder = file.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: folder.path) else { return }
        try AtomicFile.ensurePrivateDirectory(folder)
    }
}
