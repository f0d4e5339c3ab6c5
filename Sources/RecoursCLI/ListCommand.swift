import ArgumentParser
import Foundation
import RecoursCore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Affiche les brouillons : nom, mutuelle, étape, dernière modification et prochaine étape.")

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var date: DateOption

    func run() throws {
        let paths = drafts.paths
        let store = DraftStore(directory: paths.draftsDirectory)
        let entries = store.list()
        guard !entries.isEmpty else {
            print("Aucun brouillon dans \(oneLine(paths.draftsDirectory.path)).")
            return
        }
        let catalog = try Loader.catalog(paths)
        let validator = DossierValidator(catalog: catalog, today: try date.today())
        let advisor = NextStepAdvisor(validator: validator)
        let resolver = RecipientResolver(catalog: catalog)

        // Each draft's block (its next step means validating it and building its timeline) is computed on all
        // processors, with one date formatter per batch; then everything is printed in order.
        let blocks = DraftStore.concurrentMap(entries, context: { () -> DateFormatter in
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "fr_FR")
            formatter.dateFormat = "dd/MM/yyyy HH:mm"
            return formatter
        }) { formatter, entry -> String? in
            guard case .success(let dossier) = entry.result else { return nil }
            // One block per draft: readable in an 80-column terminal, and easy to grep.
            let fund = resolver.fund(of: dossier).map { $0.shortName ?? $0.name } ?? resolver.fundName(of: dossier)
            var block = DraftSummary.name(dossier, resolver: resolver) + "\n"
            block += "  \(fund.isEmpty ? "Mutuelle non choisie" : oneLine(fund)) · étape \(dossier.currentStage.rawValue)/4 : "
                + "\(dossier.currentStage.title) · modifié le \(formatter.string(from: dossier.updatedAt))\n"
            let step = advisor.step(for: dossier)
            block += "  Prochaine étape : \(oneLine(step.summary))\n"
            if let warning = step.warning { block += "  Attention : \(oneLine(warning))\n" }
            block += "  Fichier : \(oneLine(entry.url.path))\n\n"
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
        print("\(count) brouillon\(count > 1 ? "s" : "") dans \(oneLine(paths.draftsDirectory.path))")
        if !unreadable.isEmpty {
            for message in unreadable { printError(message) }
            throw ExitCode(ExitStatus.unusable)
        }
    }
}

enum DraftSummary {
    /// The title the user chose, else "Dupont – remboursement refusé".
    static func name(_ dossier: Dossier, resolver: RecipientResolver) -> String {
        if !dossier.title.trimmed.isEmpty { return dossier.title.trimmed.withoutControlCharacters }
        let parts = [dossier.member.lastName.trimmed, dossier.dispute.subject?.label ?? ""].filter { !$0.isEmpty }
        return parts.isEmpty ? "Sans titre (\(dossier.id))" : parts.joined(separator: " – ").withoutControlCharacters
    }
}
