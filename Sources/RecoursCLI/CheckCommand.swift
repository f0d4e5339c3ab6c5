import ArgumentParser
import Foundation
import RecoursCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Liste les problèmes d'un brouillon (champ, niveau, message).",
        discussion: "Sort avec 0 quand la lettre de l'étape peut être exportée, 1 sinon, 2 si le fichier est illisible.")

    @Argument(help: ArgumentHelp("Le brouillon (fichier JSON).", valueName: "fichier"))
    var file: String

    @OptionGroup var stage: StageOption
    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions

    func run() throws {
        let dossier = try Loader.dossier(file)
        let catalog = try Loader.catalog(drafts.paths)
        let validator = DossierValidator(catalog: catalog, today: try date.today())
        let stage = stage.stage ?? dossier.currentStage
        let issues = validator.issues(in: dossier, for: stage)
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        for line in problemLines(issues) { print(line) }
        if errors == 0 {
            print("La lettre de l'étape \(stage.rawValue) (\(stage.title.lowercased())) peut être exportée"
                + (warnings > 0 ? " ; \(warnings) point\(warnings > 1 ? "s" : "") à vérifier." : "."))
        } else {
            print("\(errors) erreur\(errors > 1 ? "s" : "") à corriger avant d'exporter la lettre de l'étape \(stage.rawValue)"
                + (warnings > 0 ? " ; \(warnings) point\(warnings > 1 ? "s" : "") à vérifier." : "."))
            throw ExitCode(ExitStatus.refused)
        }
    }
}
