import ArgumentParser
import Foundation
import RecoursCore
import RecoursLetters

/// Exit codes, as documented in the help and the README.
enum ExitStatus {
    static let success: Int32 = 0
    /// The dossier is not complete enough, or the command refused to act (existing output…).
    static let refused: Int32 = 1
    /// An unreadable file or bad arguments.
    static let unusable: Int32 = 2
}

/// Prints an error line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((Texts.text("cli.error", oneLine(message)) + "\n").utf8))
}

/// A text that came from a file (a draft's values, a file name) as one line that is safe to print: no control
/// characters, so no terminal escape sequence can reach the terminal, and no line break.
func oneLine(_ text: String) -> String { text.oneLine() }

/// Loading what every command needs, with errors turned into messages and exit code 2.
enum Loader {
    static func dossier(_ path: String) throws -> Dossier {
        do {
            return try DraftStore.load(URL(fileURLWithPath: path))
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.unusable)
        }
    }

    static func catalog(_ paths: AppPaths) throws -> OrganismCatalog {
        do throws(CatalogError) {
            if let prefetched = try CatalogPrefetch.take(for: paths) { return prefetched }
            return try paths.loadCatalog()
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.unusable)
        }
    }

    static func renderer(_ paths: AppPaths, catalog: OrganismCatalog) throws -> LetterRenderer {
        LetterRenderer(templates: try templates(paths), catalog: catalog)
    }

    static func templates(_ paths: AppPaths) throws -> LetterTemplates {
        guard let resources = paths.resourcesDirectory else {
            printError(CatalogError.notFound(searched: []).message)
            throw ExitCode(ExitStatus.unusable)
        }
        do {
            return try LetterTemplates(
                shipped: resources.appendingPathComponent("templates"), user: paths.userTemplates)
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.unusable)
        }
    }
}

/// Formats the problems of a dossier of `country`, one per line: level, field (by the dossier's name of it),
/// message.
func problemLines(_ issues: [ValidationIssue], country: Country?) -> [String] {
    let error = Texts.text("cli.problem.error")
    let warning = Texts.text("cli.problem.warning")
    // The levels padded to the longer one, so that the fields line up.
    let width = max(error.count, warning.count)
    return issues.map { issue in
        let level = (issue.severity == .error ? error : warning).padding(toLength: width, withPad: " ", startingAt: 0)
        // Messages quote what was typed (« … » n'est pas une date): a hostile draft must not reach the terminal.
        return Texts.text(
            "cli.problem.line", level, issue.field.label(for: country), issue.field.path, oneLine(issue.message))
    }
}

/// The catalog read on a thread of its own from the start of the process, while the arguments are parsed and the
/// texts and templates read: decoding it is a third of a start-up's work (most of it the Swift runtime's first
/// look-ups of the catalog's types), and on two processors it then costs no waiting. Its location depends on the
/// environment only (the resources and `$XDG_CONFIG_HOME`), never on the options, so the command that needs it
/// takes the result if it is for its paths, and reads the catalog itself otherwise. Errors come out where they came
/// out before (`Loader.catalog`, before the terminal is touched).
final class CatalogPrefetch: @unchecked Sendable {
    /// The one started by `Entry.main` for this process, if any.
    nonisolated(unsafe) static var shared: CatalogPrefetch?

    private let done = DispatchSemaphore(value: 0)
    private var files: (shipped: URL, user: URL)?
    private var result: Result<OrganismCatalog, CatalogError>?

    /// Starts reading on a thread of its own.
    init(environment: [String: String]) {
        let paths = AppPaths(environment: environment)
        let thread = Thread { [self] in
            files = (try? paths.shippedCatalog()).map { ($0, paths.userCatalog) }
            result = Result { () throws(CatalogError) -> OrganismCatalog in try paths.loadCatalog() }
            done.signal()
        }
        thread.name = "recours.catalog"
        thread.start()
    }

    /// Starts this process's reading, unless the arguments ask for help or the version only (nothing to read then).
    static func start(arguments: [String], environment: [String: String]) {
        if arguments.contains(where: { ["--help", "-h", "--version", "help"].contains($0) }) { return }
        shared = CatalogPrefetch(environment: environment)
    }

    /// This process's reading, for `paths` (`Loader.catalog`).
    static func take(for paths: AppPaths) throws(CatalogError) -> OrganismCatalog? {
        try shared?.catalog(for: paths)
    }

    /// The catalog read from the start, when it is the one of `paths` (its error if it could not be read); nil
    /// when it was read from other files.
    func catalog(for paths: AppPaths) throws(CatalogError) -> OrganismCatalog? {
        done.wait()
        done.signal()  // whoever asks next does not wait either
        guard let files, let shipped = try? paths.shippedCatalog(), files.shipped == shipped,
            files.user == paths.userCatalog, let result
        else { return nil }
        return try result.get()
    }
}
