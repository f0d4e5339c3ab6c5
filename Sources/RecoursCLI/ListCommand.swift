import ArgumentParser
import Foundation
import RecoursCore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.list.abstract"))

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var date: DateOption

    func run() throws {
        let paths = drafts.paths
        let store = DraftStore(directory: paths.draftsDirectory)
        let entries = store.list()
        guard !entries.isEmpty else {
            print(Texts.text("cli.list.empty", oneLine(paths.draftsDirectory.path)))
            return
        }
        let catalog = try Loader.catalog(paths)
        let validator = DossierValidator(catalog: catalog, today: try date.today())
        let advisor = NextStepAdvisor(validator: validator)
        let timeZone = TimeZone.current

        // Each draft's block (its next step means validating it and building its timeline) is computed on all
        // processors; then everything is printed in order.
        let blocks = DraftStore.concurrentMap(entries) { entry -> String? in
            guard case .success(let dossier) = entry.result else { return nil }
            // One block per draft: readable in an 80-column terminal, and easy to grep.
            var block = dossier.displayName(catalog: catalog) + "\n"
            let stage = dossier.currentStage
            block +=
                "  "
                + Texts.text(
                    "cli.list.stage",
                    dossier.fundLabel(catalog: catalog), String(stage.rawValue), stage.title,
                    FrenchDateFormat.timestamp(dossier.updatedAt, timeZone: timeZone)) + "\n"
            let step = advisor.step(for: dossier)
            block += "  " + Texts.text("cli.nextStep", oneLine(step.summary)) + "\n"
            if let warning = step.warning { block += "  " + Texts.text("cli.attention", oneLine(warning)) + "\n" }
            block += "  " + Texts.text("cli.list.file", oneLine(entry.url.path)) + "\n\n"
            return block
        }

        var count = 0
        var unreadable: [String] = []
        var out = ""
        for (entry, block) in zip(entries, blocks) {
            switch entry.result {
            case .success:
                count += 1
                out += block!
            case .failure(let error):
                unreadable.append(error.message)
            }
        }
        print(out, terminator: "")
        let folder = oneLine(paths.draftsDirectory.path)
        print(
            count <= 1
                ? Texts.text("cli.list.count.one", String(count), folder)
                : Texts.text("cli.list.count.other", String(count), folder))
        if !unreadable.isEmpty {
            for message in unreadable { printError(message) }
            throw ExitCode(ExitStatus.unusable)
        }
    }
}
