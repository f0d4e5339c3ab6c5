import ArgumentParser
import Foundation
import RecoursCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.check.abstract"), discussion: Texts.text("cli.check.discussion"))

    @Argument(help: ArgumentHelp(Texts.text("cli.draft.help"), valueName: Texts.text("cli.value.file")))
    var file: String

    @OptionGroup var stage: StageOption
    @OptionGroup var date: DateOption
    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let dossier = try Loader.dossier(file)
        let catalog = try Loader.catalog(drafts.paths)
        let validator = DossierValidator(catalog: catalog, today: try date.today())
        let stage = stage.stage ?? dossier.currentStage
        let issues = validator.issues(in: dossier, for: stage)
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        for line in problemLines(issues, country: dossier.country) { print(line) }
        let number = String(stage.rawValue)
        let clause =
            errors == 0
            ? Texts.text("cli.check.exportable", number, stage.title.lowercased())
            : Texts.plural("cli.check.errors", count: errors, String(errors), number)
        if warnings == 0 {
            print(Texts.text("cli.check.sentence", clause))
        } else {
            let points =
                Texts.plural("cli.check.warnings", count: warnings, String(warnings))
            print(Texts.text("cli.check.withWarnings", clause, points))
        }
        if errors > 0 { throw ExitCode(ExitStatus.refused) }
    }
}
