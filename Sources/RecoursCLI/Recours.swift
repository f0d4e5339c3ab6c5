import ArgumentParser
import CNcurses
import Foundation
import RecoursCore

/// The `recours` command: the scriptable side of Recours (the wizard comes with the screens).
struct Recours: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "recours",
        abstract: "Recours vous guide dans un litige avec votre mutuelle (France) ou mutualité (Belgique), étape par étape, et rédige vos courriers.",
        discussion: """
            Étapes : 1. contact avec le service clientèle ; 2. réclamation écrite ; 3. médiation ; \
            4. action en justice. Les brouillons sont des fichiers JSON (voir le README).

            Codes de sortie : 0 = réussi (ou lettre exportable), 1 = dossier incomplet ou export refusé, \
            2 = fichier illisible ou arguments invalides.
            """,
        version: "recours \(version) (\(String(cString: curses_version())))",
        subcommands: [New.self, Open.self, Check.self, Export.self, List.self, Organisms.self, TimelineCommand.self]
    )

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var date: DateOption

    mutating func run() throws {
        // Without a terminal (a script, a pipe) the help is the useful answer; with one, the wizard.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            print(Recours.helpMessage())
            return
        }
        try WizardLauncher.launch(.home, paths: drafts.paths, today: try date.today())
    }
}

/// Options every command that reads drafts shares.
struct DraftOptions: ParsableArguments {
    @Option(
        name: .customLong("drafts-dir"),
        help: ArgumentHelp(
            "Dossier des brouillons (sinon $RECOURS_DRAFTS_DIR, sinon ~/.local/share/recours/drafts).",
            valueName: "dossier"))
    var draftsDirectory: String?

    var paths: AppPaths { AppPaths(draftsOverride: draftsDirectory) }
}

/// `--date`, so that letters and checks are reproducible.
struct DateOption: ParsableArguments {
    @Option(
        name: .customLong("date"),
        help: ArgumentHelp("Date du jour à utiliser (jj/mm/aaaa ou aaaa-mm-jj), pour les lettres et les délais.", valueName: "date"))
    var dateText: String?

    func today() throws -> CalendarDate {
        guard let dateText else { return CalendarDate.today() }
        switch DateParser.parse(dateText) {
        case .success(let date): return date
        case .failure(let problem): throw ValidationError("--date : \(problem.message)")
        }
    }
}

/// `--stage N`.
struct StageOption: ParsableArguments {
    @Option(
        name: .customLong("stage"),
        help: ArgumentHelp("Étape de la lettre (1 à 4) ; par défaut l'étape en cours du dossier.", valueName: "n"))
    var stageNumber: Int?

    func validate() throws {
        if let stageNumber, EscalationStage(rawValue: stageNumber) == nil {
            throw ValidationError("--stage : l'étape doit être 1, 2, 3 ou 4 (vous avez indiqué \(stageNumber)).")
        }
    }

    var stage: EscalationStage? { stageNumber.flatMap(EscalationStage.init(rawValue:)) }
}
