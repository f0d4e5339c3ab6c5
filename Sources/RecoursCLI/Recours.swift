import ArgumentParser
import CNcurses
import Foundation
import RecoursCore

/// The `recours` command: the scriptable side of Recours (the wizard comes with the screens).
struct Recours: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "recours",
        abstract: Texts.text("cli.recours.abstract"),
        discussion: Texts.text("cli.recours.discussion"),
        version: "recours \(version) (\(String(cString: curses_version())))",
        subcommands: [New.self, Open.self, Check.self, Export.self, List.self, Organisms.self, TimelineCommand.self]
    )

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var date: DateOption
    @OptionGroup var linear: LinearOption

    mutating func run() throws {
        // Without a terminal (a script, a pipe) the help is the useful answer, unless the linear view is asked
        // for; with one, the wizard (full-screen or linear).
        guard WizardLauncher.opensHome(linear: linear.isChosen) else {
            print(Recours.helpMessage())
            return
        }
        try WizardLauncher.launch(.home, paths: drafts.paths, today: try date.today(), linear: linear.isChosen)
    }
}

/// Options every command that reads drafts shares.
struct DraftOptions: ParsableArguments {
    @Option(
        name: .customLong("drafts-dir"),
        help: ArgumentHelp(Texts.text("cli.draftsDir.help"), valueName: Texts.text("cli.value.folder")))
    var draftsDirectory: String?

    var paths: AppPaths { AppPaths(draftsOverride: draftsDirectory) }
}

/// `--langue fr|nl` (also `--taal`): the interface language. `Entry` reads it before the arguments are parsed (the
/// help is written in it); it is declared here so that the parser accepts it, lists it and refuses a bad value.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("langue"),
        help: ArgumentHelp(Texts.text("cli.language.help"), valueName: Texts.text("cli.value.language")))
    var language: String?

    @Option(name: .customLong("taal"), help: .hidden)
    var dutchNamedLanguage: String?

    func validate() throws {
        for value in [language, dutchNamedLanguage].compactMap({ $0 })
        where DisplayLanguage(rawValue: value.lowercased()) == nil {
            throw ValidationError(InterfaceLanguageChoice.Problem.unknownOption(value).message)
        }
    }
}

/// `--date`, so that letters and checks are reproducible.
struct DateOption: ParsableArguments {
    @Option(
        name: .customLong("date"),
        help: ArgumentHelp(Texts.text("cli.date.help"), valueName: Texts.text("cli.value.date")))
    var dateText: String?

    func today() throws -> CalendarDate {
        guard let dateText else { return CalendarDate.today() }
        switch DateParser.parse(dateText) {
        case .success(let date): return date
        case .failure(let problem): throw ValidationError(Texts.text("cli.date.invalid", problem.message))
        }
    }
}

/// `--stage N`.
struct StageOption: ParsableArguments {
    @Option(
        name: .customLong("stage"),
        help: ArgumentHelp(Texts.text("cli.stage.help"), valueName: Texts.text("cli.value.stage")))
    var stageNumber: Int?

    func validate() throws {
        if let stageNumber, EscalationStage(rawValue: stageNumber) == nil {
            throw ValidationError(Texts.text("cli.stage.invalid", String(stageNumber)))
        }
    }

    var stage: EscalationStage? { stageNumber.flatMap(EscalationStage.init(rawValue:)) }
}
