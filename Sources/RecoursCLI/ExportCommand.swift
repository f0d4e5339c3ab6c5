import ArgumentParser
import Foundation
import RecoursCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Écrit la lettre d'une étape en texte brut (sur la sortie standard sans --output), ou le calendrier des délais.",
        discussion: """
            Refuse un dossier qui a des erreurs (et les liste) ; ne remplace jamais un fichier existant sans --force.
            Avec --calendar seul, n'écrit que le calendrier des délais (iCalendar), même si la lettre n'est pas encore \
            exportable ; avec --calendar et --output, écrit les deux, ou rien si la lettre a des erreurs.
            """)

    @Argument(help: ArgumentHelp("Le brouillon (fichier JSON).", valueName: "fichier"))
    var file: String

    @OptionGroup var stage: StageOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Fichier où écrire la lettre.", valueName: "chemin"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Fichier iCalendar (.ics) où écrire les délais du dossier, à importer dans un agenda.", valueName: "chemin"))
    var calendar: String?

    @Flag(help: "Remplace le(s) fichier(s) de sortie s'il(s) existe(nt) déjà.")
    var force = false

    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions

    func run() throws {
        let dossier = try Loader.dossier(file)
        let paths = drafts.paths
        let catalog = try Loader.catalog(paths)
        let today = try date.today()
        let stage = stage.stage ?? dossier.currentStage
        let letterURL = output.map(Self.url)
        let calendarURL = calendar.map(Self.url)
        if let letterURL, let calendarURL, letterURL.standardizedFileURL == calendarURL.standardizedFileURL {
            printError("--output et --calendar désignent le même fichier : choisissez deux noms différents.")
            throw ExitCode(ExitStatus.unusable)
        }

        // The letter is written (or printed) unless only the calendar was asked for.
        let wantsLetter = calendarURL == nil || letterURL != nil
        var letter: String?
        var kindTitle = ""
        if wantsLetter {
            let issues = DossierValidator(catalog: catalog, today: today).issues(in: dossier, for: stage)
            if !ExportPolicy.readiness(issues).isExportable {
                printError("la lettre de l'étape \(stage.rawValue) ne peut pas encore être exportée :")
                for line in problemLines(issues) { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
                if calendarURL != nil {
                    FileHandle.standardError.write(Data(
                        "Aucun fichier n'a été écrit. Pour le calendrier seul, relancez sans --output.\n".utf8))
                }
                throw ExitCode(ExitStatus.refused)
            }
            let renderer = try Loader.renderer(paths, catalog: catalog)
            letter = renderer.render(dossier, stage: stage, date: today)
            kindTitle = renderer.kind(for: dossier, stage: stage).title
        }

        var ics: (text: String, eventCount: Int)?
        if calendarURL != nil {
            let document = ICalendar.document(dossier: dossier, catalog: catalog, today: today)
            guard document.eventCount > 0 else {
                printError("aucune date à mettre dans le calendrier : indiquez d'abord les dates du dossier (décision, réclamation, médiation…). Aucun fichier n'a été écrit.")
                throw ExitCode(ExitStatus.refused)
            }
            ics = document
        }

        // Check every target before writing anything, so that a refusal leaves no half-done export.
        if let letterURL { try checkTarget(letterURL, example: "lettre.txt") }
        if let calendarURL { try checkTarget(calendarURL, example: "delais.ics") }

        if let letter, letterURL == nil {
            FileHandle.standardOutput.write(Data(letter.utf8))
        }
        if let letter, let letterURL {
            try write(Data(letter.utf8), to: letterURL)
            FileHandle.standardError.write(Data("\(kindTitle) écrite dans \(letterURL.path)\n".utf8))
        }
        if let ics, let calendarURL {
            try write(Data(ics.text.utf8), to: calendarURL)
            let count = ics.eventCount
            FileHandle.standardError.write(Data(
                "Calendrier des délais (\(count) date\(count > 1 ? "s" : "")) écrit dans \(calendarURL.path)\n".utf8))
        }
    }

    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    }

    /// Refuses a folder, and an existing file without --force.
    func checkTarget(_ url: URL, example: String) throws {
        switch ExportPolicy.targetProblem(url, overwrite: force) {
        case nil:
            return
        case .directory(let path)?:
            printError("\(path) est un dossier : indiquez un nom de fichier, par exemple \(path)/\(example).")
            throw ExitCode(ExitStatus.unusable)
        case .exists(let path)?:
            printError(FileWriteError.exists(path).message)
            throw ExitCode(ExitStatus.refused)
        }
    }

    func write(_ data: Data, to url: URL) throws {
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.refused)
        }
    }
}
