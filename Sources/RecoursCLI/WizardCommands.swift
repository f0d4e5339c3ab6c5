import ArgumentParser
import Foundation
import RecoursCore
import RecoursTerminal
import RecoursUI

/// Starting the interactive wizard: from the list of drafts, on a new dossier, or on a file.
enum WizardLauncher {
    static func environment(_ paths: AppPaths, today: CalendarDate) throws -> AppEnvironment {
        let catalog = try Loader.catalog(paths)
        let renderer = try Loader.renderer(paths, catalog: catalog)
        return AppEnvironment.live(catalog: catalog, today: today, renderer: renderer, draftsDirectory: paths.draftsDirectory)
    }

    /// The wizard needs a terminal on both ends; scripts get a clear message instead of garbage.
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("l'assistant a besoin d'un terminal interactif. Pour un script, utilisez recours check, export ou list (recours --help).")
            throw ExitCode(ExitStatus.unusable)
        }
    }

    static func launch(_ start: Runtime.Start, paths: AppPaths, today: CalendarDate) throws {
        try requireTerminal()
        let env = try environment(paths, today: today)
        let status = Runtime.run(start, env: env)
        if status != 0 { throw ExitCode(status) }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Ouvre l'assistant sur un nouveau dossier.")

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var date: DateOption

    func run() throws {
        try WizardLauncher.launch(.newDossier, paths: drafts.paths, today: try date.today())
    }
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ouvre l'assistant sur un brouillon existant.",
        discussion: "Un brouillon illisible n'est jamais modifié : l'erreur dit pourquoi, et la commande sort avec 2.")

    @Argument(help: ArgumentHelp("Le brouillon (fichier JSON).", valueName: "fichier"))
    var file: String

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var date: DateOption

    func run() throws {
        let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath).standardizedFileURL
        let dossier = try Loader.dossier(url.path)
        try WizardLauncher.launch(.open(url, dossier), paths: drafts.paths, today: try date.today())
    }
}
