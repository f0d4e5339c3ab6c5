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
            print("Aucun brouillon dans \(paths.draftsDirectory.path).")
            return
        }
        let catalog = try Loader.catalog(paths)
        let validator = DossierValidator(catalog: catalog, today: try date.today())
        let advisor = NextStepAdvisor(validator: validator)
        let resolver = RecipientResolver(catalog: catalog)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"

        // One block per draft: readable in an 80-column terminal, and easy to grep.
        var count = 0
        var unreadable: [String] = []
        for entry in entries {
            switch entry.result {
            case .success(let dossier):
                count += 1
                let fund = resolver.fund(of: dossier).map { $0.shortName ?? $0.name } ?? resolver.fundName(of: dossier)
                print(DraftSummary.name(dossier, resolver: resolver))
                print("  \(fund.isEmpty ? "Mutuelle non choisie" : fund) · étape \(dossier.currentStage.rawValue)/4 : "
                    + "\(dossier.currentStage.title) · modifié le \(formatter.string(from: dossier.updatedAt))")
                let step = advisor.step(for: dossier)
                print("  Prochaine étape : \(step.summary)")
                if let warning = step.warning { print("  Attention : \(warning)") }
                print("  Fichier : \(entry.url.path)")
                print("")
            case .failure(let error):
                unreadable.append(error.message)
            }
        }
        print("\(count) brouillon\(count > 1 ? "s" : "") dans \(paths.draftsDirectory.path)")
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
