import Foundation
import RecoursCore

/// The list of drafts in the linear view: numbered, 0 for a new dossier.
public enum LinearHome {
    public enum Choice: Equatable, Sendable {
        case newDossier
        case open(URL)
        /// Not a number of the list, or a draft that cannot be read: the message says which.
        case invalid(String)
    }

    public static func lines(_ drafts: [DraftListing], env: AppEnvironment, width: Int) -> [String] {
        let advisor = NextStepAdvisor(validator: env.validator)
        var lines = [
            Texts.text("linear.welcome"), "", Texts.text("linear.home.title"), "  0. " + Texts.text("linear.home.new"),
        ]
        for (i, draft) in drafts.enumerated() {
            guard let dossier = draft.dossier else {
                lines.append(
                    "  \(i + 1). " + Texts.text("linear.home.unreadable", draft.url.lastPathComponent.oneLine()))
                continue
            }
            let stage = String(dossier.currentStage.rawValue)
            lines.append(
                "  \(i + 1). " + dossier.displayName(catalog: env.catalog) + " — "
                    + Texts.text("linear.home.stage", stage, advisor.nextStep(for: dossier).oneLine()))
        }
        return lines.wrapped(to: width)
    }

    public static var prompt: String { Texts.text("linear.home.prompt") }

    public static func choice(_ answer: String, drafts: [DraftListing]) -> Choice {
        let text = answer.trimmed
        if text.isEmpty || text == "0" { return .newDossier }
        guard let number = Int(text), number >= 1, number <= drafts.count else {
            return .invalid(Texts.text("linear.home.invalid", String(drafts.count)))
        }
        let draft = drafts[number - 1]
        if let error = draft.error { return .invalid(error) }
        return .open(draft.url)
    }
}
