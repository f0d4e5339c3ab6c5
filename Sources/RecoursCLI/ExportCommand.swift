import ArgumentParser
import Foundation
import RecoursCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Écrit la lettre d'une étape en texte brut (sur la sortie standard sans --output).",
        discussion: "Refuse un dossier qui a des erreurs (et les liste) ; ne remplace jamais un fichier existant sans --force.")

    @Argument(help: ArgumentHelp("Le brouillon (fichier JSON).", valueName: "fichier"))
    var file: String

    @OptionGroup var stage: StageOption

    @Option(name: .shortAndLong, help: ArgumentHelp("Fichier où écrire la lettre.", valueName: "chemin"))
    var output: String?

    @Flag(help: "Remplace le fichier de sortie s'il existe déjà.")
    var force = false

    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions

    func run() throws {
        let dossier = try Loader.dossier(file)
        let paths = drafts.paths
        let catalog = try Loader.catalog(paths)
        let today = try date.today()
        let stage = stage.stage ?? dossier.currentStage
        let issues = DossierValidator(catalog: catalog, today: today).issues(in: dossier, for: stage)
        if issues.contains(where: { $0.severity == .error }) {
            printError("la lettre de l'étape \(stage.rawValue) ne peut pas encore être exportée :")
            for line in problemLines(issues) { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
            throw ExitCode(ExitStatus.refused)
        }
        let renderer = try Loader.renderer(paths, catalog: catalog)
        let letter = renderer.render(dossier, stage: stage, date: today)
        guard let output else {
            FileHandle.standardOutput.write(Data(letter.utf8))
            return
        }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                printError("\(url.path) est un dossier : indiquez un nom de fichier, par exemple \(url.path)/lettre.txt.")
                throw ExitCode(ExitStatus.unusable)
            }
            if !force {
                printError(FileWriteError.exists(url.path).message)
                throw ExitCode(ExitStatus.refused)
            }
        }
        do {
            try AtomicFile.write(Data(letter.utf8), to: url)
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.refused)
        }
        let kind = renderer.kind(for: dossier, stage: stage)
        FileHandle.standardError.write(Data("\(kind.title) écrite dans \(url.path)\n".utf8))
    }
}
