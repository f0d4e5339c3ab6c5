import Foundation

/// The rules of exporting a letter, the same for `recours export` and the wizard: when it may be exported at all,
/// and what an existing file means.
public enum ExportPolicy {
    /// Whether a letter may be exported, given the dossier's problems for its stage.
    public enum Readiness: Equatable, Sendable {
        case exportable
        /// Refused: the dossier has errors (warnings never block an export).
        case blocked(errorCount: Int)

        public var isExportable: Bool { self == .exportable }
    }

    public static func readiness(_ issues: [ValidationIssue]) -> Readiness {
        let errors = errorCount(issues)
        return errors == 0 ? .exportable : .blocked(errorCount: errors)
    }

    /// How many of `issues` block an export.
    public static func errorCount(_ issues: [ValidationIssue]) -> Int {
        issues.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
    }

    /// Why a file cannot be written to as it is.
    public enum TargetProblem: Equatable, Sendable {
        /// The path names a folder.
        case directory(String)
        /// A file is there and replacing it was not asked for.
        case exists(String)
    }

    /// Checks the file an export would write: a folder is always refused, an existing file unless `overwrite`.
    /// Nil when the export may go ahead.
    public static func targetProblem(_ url: URL, overwrite: Bool) -> TargetProblem? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory(url.path)
        // A device or a pipe (`/dev/null`, a FIFO) holds nothing to lose: written to as the shell would.
        case S_IFCHR, S_IFIFO: return nil
        default: return overwrite ? nil : .exists(url.path)
        }
    }
}
