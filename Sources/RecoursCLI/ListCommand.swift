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

        var rows: [[String]] = []
        var unreadable: [String] = []
        for entry in entries {
            switch entry.result {
            case .success(let dossier):
                rows.append([
                    DraftSummary.name(dossier, resolver: resolver),
                    resolver.fundName(of: dossier).isEmpty ? "—" : resolver.fundName(of: dossier),
                    "\(dossier.currentStage.rawValue). \(dossier.currentStage.title)",
                    formatter.string(from: dossier.updatedAt),
                    advisor.nextStep(for: dossier),
                    entry.url.lastPathComponent,
                ])
            case .failure(let error):
                unreadable.append(error.message)
            }
        }
        let headers = ["Nom", "Mutuelle", "Étape", "Modifié le", "Prochaine étape", "Fichier"]
        let widths = [28, 18, 26, 16, 52, 18]
        print(zip(headers, widths).map { fit($0, $1) }.joined(separator: "  ").trailingSpacesTrimmed)
        for row in rows {
            print(zip(row, widths).map { fit($0, $1) }.joined(separator: "  ").trailingSpacesTrimmed)
        }
        print("\(rows.count) brouillon\(rows.count > 1 ? "s" : "") dans \(paths.draftsDirectory.path)")
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

extension String {
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
