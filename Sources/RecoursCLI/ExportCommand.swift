import ArgumentParser
import Foundation
import RecoursCore
import RecoursTerminal

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.export.abstract"), discussion: Texts.text("cli.export.discussion"))

    @Argument(help: ArgumentHelp(Texts.text("cli.draft.help"), valueName: Texts.text("cli.value.file")))
    var file: String

    @OptionGroup var stage: StageOption

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(Texts.text("cli.export.output.help"), valueName: Texts.text("cli.value.path")))
    var output: String?

    @Option(
        help: ArgumentHelp(Texts.text("cli.export.calendar.help"), valueName: Texts.text("cli.value.path")))
    var calendar: String?

    @Flag(help: ArgumentHelp(Texts.text("cli.export.force.help")))
    var force = false

    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        // A long dossier's text is copied through several buffers of its size (decoding, sanitising, typography,
        // wrapping): kept for reuse instead of being given back to the system and faulted in again each time
        // (a third of the page faults of a 1 MB export).
        MemoryTuning.keepFreedMemoryForReuse()
        let dossier = try Loader.dossier(file)
        let paths = drafts.paths
        let catalog = try Loader.catalog(paths)
        let today = try date.today()
        let stage = stage.stage ?? dossier.currentStage
        // "-" is the standard output, as for most command-line tools (a file named "-" is "./-").
        let letterURL = output.flatMap(Self.fileURL)
        let calendarURL = calendar.flatMap(Self.fileURL)
        // The letter is written (or printed) unless only the calendar was asked for.
        let wantsLetter = calendar == nil || output != nil
        let letterToStandardOutput = wantsLetter && letterURL == nil
        let calendarToStandardOutput = calendar != nil && calendarURL == nil
        if let letterURL, let calendarURL, letterURL.standardizedFileURL == calendarURL.standardizedFileURL {
            printError(Texts.text("cli.export.sameFile"))
            throw ExitCode(ExitStatus.unusable)
        }
        if letterToStandardOutput, calendarToStandardOutput {
            printError(Texts.text("cli.export.bothToStandardOutput"))
            throw ExitCode(ExitStatus.unusable)
        }
        var letter: String?
        var kindTitle = ""
        if wantsLetter {
            let issues = DossierValidator(catalog: catalog, today: today).issues(in: dossier, for: stage)
            if !ExportPolicy.readiness(issues).isExportable {
                printError(Texts.text("cli.export.blocked", String(stage.rawValue)))
                for line in problemLines(issues, country: dossier.country) {
                    FileHandle.standardError.write(Data("  \(line)\n".utf8))
                }
                if calendar != nil {
                    FileHandle.standardError.write(Data((Texts.text("cli.export.nothingWritten") + "\n").utf8))
                }
                throw ExitCode(ExitStatus.refused)
            }
            let renderer = try Loader.renderer(paths, catalog: catalog)
            switch renderer.exportableText(dossier, stage: stage, date: today) {
            case .success(let text): letter = text
            case .failure(let problem):
                printError(problem.message)
                throw ExitCode(ExitStatus.unusable)
            }
            kindTitle = renderer.kind(for: dossier, stage: stage).title
        }

        var ics: (text: String, eventCount: Int)?
        if calendar != nil {
            let document = ICalendar.document(dossier: dossier, catalog: catalog, today: today)
            guard document.eventCount > 0 else {
                printError(Texts.text("cli.export.noCalendarDates"))
                throw ExitCode(ExitStatus.refused)
            }
            ics = document
        }

        // Check every target before writing anything, so that a refusal leaves no half-done export.
        if let letterURL { try checkTarget(letterURL, example: Texts.text("cli.export.example.letter")) }
        if let calendarURL { try checkTarget(calendarURL, example: Texts.text("cli.export.example.calendar")) }

        if let letter, letterToStandardOutput {
            FileHandle.standardOutput.write(Data(letter.utf8))
        }
        if let ics, calendarToStandardOutput {
            FileHandle.standardOutput.write(Data(ics.text.utf8))
        }
        if let letter, let letterURL {
            try write(Data(letter.utf8), to: letterURL)
            FileHandle.standardError.write(
                Data((Texts.text("cli.export.letterWritten", kindTitle, letterURL.path) + "\n").utf8))
        }
        if let ics, let calendarURL {
            try write(Data(ics.text.utf8), to: calendarURL)
            let count = ics.eventCount
            let written =
                Texts.plural("cli.export.calendarWritten", count: count, String(count), calendarURL.path)
            FileHandle.standardError.write(Data((written + "\n").utf8))
        }
    }

    /// The file a path names, nil for "-" (the standard output).
    static func fileURL(_ path: String) -> URL? {
        path == "-" ? nil : URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    }

    /// Refuses a folder, and an existing file without --force.
    func checkTarget(_ url: URL, example: String) throws {
        switch ExportPolicy.targetProblem(url, overwrite: force) {
        case nil:
            return
        case .directory(let path)?:
            printError(Texts.text("cli.export.isFolder", path, example))
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
