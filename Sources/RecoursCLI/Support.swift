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
        do {
            return try paths.loadCatalog()
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.unusable)
        }
    }

    static func renderer(_ paths: AppPaths, catalog: OrganismCatalog) throws -> LetterRenderer {
        guard let resources = paths.resourcesDirectory else {
            printError(CatalogError.notFound(searched: []).message)
            throw ExitCode(ExitStatus.unusable)
        }
        do {
            let templates = try LetterTemplates(
                shipped: resources.appendingPathComponent("templates"), user: paths.userTemplates)
            return LetterRenderer(templates: templates, catalog: catalog)
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.unusable)
        }
    }
}

/// Formats the problems of a dossier, one per line: level, field, message.
func problemLines(_ issues: [ValidationIssue]) -> [String] {
    let error = Texts.text("cli.problem.error")
    let warning = Texts.text("cli.problem.warning")
    // The levels padded to the longer one, so that the fields line up.
    let width = max(error.count, warning.count)
    return issues.map { issue in
        let level = (issue.severity == .error ? error : warning).padding(toLength: width, withPad: " ", startingAt: 0)
        // Messages quote what was typed (« … » n'est pas une date): a hostile draft must not reach the terminal.
        return Texts.text("cli.problem.line", level, issue.field.label, issue.field.path, oneLine(issue.message))
    }
}
