import ArgumentParser
import Foundation
import RecoursCore
import RecoursLetters
import RecoursTerminal
import RecoursUI

/// Starting the interactive wizard: from the list of drafts, on a new dossier, or on a file.
enum WizardLauncher {
    static func environment(_ paths: AppPaths, today: CalendarDate) throws -> AppEnvironment {
        // What does not need the catalog first, while its own thread reads it (`CatalogPrefetch`): the interface's
        // texts (the first screen's validation asks for them) and the letters' templates.
        _ = Texts.current
        let templates = try Loader.templates(paths)
        let catalog = try Loader.catalog(paths)
        let renderer = LetterRenderer(templates: templates, catalog: catalog)
        return AppEnvironment.live(
            catalog: catalog, today: today, renderer: renderer, draftsDirectory: paths.draftsDirectory,
            lettersDirectory: paths.lettersDirectory)
    }

    /// `recours` with no command: the wizard's list with a terminal (or in the linear view); without one (a
    /// script, a pipe) the help is the useful answer.
    static func opensHome(linear: Bool) -> Bool {
        linear || (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1)
    }

    /// The wizard needs a terminal on both ends; scripts get a clear message instead of garbage.
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(Texts.text("cli.wizard.needsTerminal"))
            throw ExitCode(ExitStatus.unusable)
        }
    }

    static func launch(_ start: Runtime.Start, paths: AppPaths, today: CalendarDate, linear: Bool) throws {
        if linear {
            let status = LinearRuntime.run(start, env: try environment(paths, today: today))
            if status != 0 { throw ExitCode(status) }
            return
        }
        try requireTerminal()
        let env = try environment(paths, today: today)
        let status = Runtime.run(start, env: env)
        if status != 0 { throw ExitCode(status) }
    }

    /// `recours open FILE`.
    static func open(file: String, paths: AppPaths, today: CalendarDate, linear: Bool) throws {
        let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath).standardizedFileURL
        let dossier = try Loader.dossier(url.path)
        try launch(.open(url, dossier), paths: paths, today: today, linear: linear)
    }
}

/// `--lineaire` (also `--linéaire`, Dutch `--lineair`, `--accessible`): the linear view, for screen readers, braille displays and dumb
/// terminals. Chosen by itself when `TERM=dumb`, or when the input is a terminal and the output is not.
struct LinearOption: ParsableArguments {
    /// Its names, also read by `QuickStart`.
    static let longNames = ["lineaire", "linéaire", "lineair", "accessible"]

    @Flag(
        name: NameSpecification(longNames.map { .customLong($0) }),
        help: ArgumentHelp(Texts.text("cli.linear.help")))
    var linear = false

    var isChosen: Bool { Self.isChosen(flag: linear) }

    static func isChosen(flag: Bool) -> Bool {
        if flag { return true }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return true }
        return isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 0
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Texts.text("cli.new.abstract"))

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var date: DateOption
    @OptionGroup var linear: LinearOption

    func run() throws {
        try WizardLauncher.launch(
            .newDossier, paths: drafts.paths, today: try date.today(), linear: linear.isChosen)
    }
}

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.open.abstract"), discussion: Texts.text("cli.open.discussion"))

    @Argument(help: ArgumentHelp(Texts.text("cli.draft.help"), valueName: Texts.text("cli.value.file")))
    var file: String

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var date: DateOption
    @OptionGroup var linear: LinearOption

    func run() throws {
        try WizardLauncher.open(file: file, paths: drafts.paths, today: try date.today(), linear: linear.isChosen)
    }
}
