import Foundation

/// How a dossier is named on screen and on the command line: the home list, the wizard's header and
/// `recours list` / `recours timeline` all use these, so a draft has the same name everywhere.
public enum DossierPresentation {
    /// The name of a draft that has nothing to be named by, in a list of drafts.
    public static var untitled: String { Texts.text("dossier.untitled") }
    /// The same, in the wizard's header while the dossier is being created.
    public static var newDossier: String { Texts.text("dossier.new") }
    /// The fund, before one is chosen.
    public static var noFund: String { Texts.text("dossier.noFund") }
}

extension Dossier {
    /// The name the dossier is shown under, as one line safe to print: the title the user chose; else what it is
    /// about and against whom, as the examples' titles read ("Remboursement refusé – Partenamut", or only one
    /// of the two); else `placeholder`.
    ///
    /// The member's own name is not used: all the drafts of one user carry it, so it tells none of them apart.
    public func displayName(catalog: OrganismCatalog, placeholder: String = DossierPresentation.untitled) -> String {
        let title = self.title.oneLine().trimmed
        if !title.isEmpty { return title }
        let fund = RecipientResolver(catalog: catalog).fundName(of: self).oneLine().trimmed
        let parts = [dispute.subject?.label ?? "", fund].filter { !$0.isEmpty }
        return parts.isEmpty ? placeholder : parts.joined(separator: " – ")
    }

    /// The fund as lists show it, one line safe to print: its short name ("CAAMI") or name, the name typed for
    /// another organism, else "Mutuelle non choisie".
    public func fundLabel(catalog: OrganismCatalog) -> String {
        let label = RecipientResolver(catalog: catalog).fundLabel(of: self)
        return label.isEmpty ? DossierPresentation.noFund : label
    }
}

extension RecipientResolver {
    /// The fund's short name ("CAAMI") or name, or the name typed for another organism, as one line safe to
    /// print; empty while no fund is chosen.
    public func fundLabel(of dossier: Dossier) -> String {
        (fund(of: dossier).map { $0.shortName ?? $0.interfaceName } ?? fundName(of: dossier)).oneLine().trimmed
    }
}
